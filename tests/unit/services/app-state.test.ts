import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { openAppState, resolveStartupProject } from '../../../src-main/services/app-state'
import { tempDir } from '../../integration/services/support/project-fixture'

const savedDataDir = process.env.GLOSS_DATA_DIR
afterEach(() => {
  if (savedDataDir === undefined) delete process.env.GLOSS_DATA_DIR
  else process.env.GLOSS_DATA_DIR = savedDataDir
})

describe('app state', () => {
  it('uses GLOSS_DATA_DIR when no data dir is given', async () => {
    const dir = await tempDir()
    process.env.GLOSS_DATA_DIR = dir
    const state = await openAppState()
    expect([state.dataDir, state.settingsFile, state.defaultProjectDir]).toEqual([
      dir,
      join(dir, 'settings.json'),
      join(dir, 'Gloss'),
    ])
  })

  it('remembers the last project and the annotator in settings.json', async () => {
    const dir = await tempDir()
    const state = await openAppState(join(dir, 'data'))
    await state.remember({ lastProject: '/work/p' })
    await state.remember({ annotator: 'bob' })

    expect(JSON.parse(await readFile(join(dir, 'data', 'settings.json'), 'utf8'))).toEqual({
      version: 1,
      lastProject: '/work/p',
      annotator: 'bob',
    })
    expect([state.lastProject(), state.annotator()]).toEqual(['/work/p', 'bob'])
  })

  it('defaults the annotator to a valid name when none is remembered', async () => {
    const state = await openAppState(await tempDir())
    expect(state.annotator()).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u)
  })

  it('refuses an unreadable settings.json and leaves it alone', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'settings.json'), '{oops')
    await expect(openAppState(dir)).rejects.toMatchObject({
      code: 'unreadable-file',
      file: join(dir, 'settings.json'),
    })
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe('{oops')
  })
})

describe('the start-up project', () => {
  it('is the requested folder when there is one', async () => {
    const state = await openAppState(await tempDir())
    expect(await resolveStartupProject(state, '/somewhere/else')).toBe('/somewhere/else')
  })

  it('is the last project when it still has a gloss.json', async () => {
    const dir = await tempDir()
    const last = join(dir, 'last')
    await mkdir(last)
    await writeFile(join(last, 'gloss.json'), '{}')
    const state = await openAppState(join(dir, 'data'))
    await state.remember({ lastProject: last })
    expect(await resolveStartupProject(state)).toBe(last)
  })

  it('is the default project, created, when the last one is gone', async () => {
    const dir = await tempDir()
    const state = await openAppState(join(dir, 'data'))
    await state.remember({ lastProject: join(dir, 'deleted') })

    const project = await resolveStartupProject(state)
    expect(project).toBe(join(dir, 'data', 'Gloss'))
    expect(JSON.parse(await readFile(join(String(project), 'gloss.json'), 'utf8'))).toMatchObject({
      version: 1,
      name: 'Gloss',
    })
  })

  it('is none on the first run, when no project was ever opened with the data dir', async () => {
    const dir = await tempDir()
    const state = await openAppState(join(dir, 'data'))

    expect(await resolveStartupProject(state)).toBeUndefined()
    await expect(readdir(dir)).resolves.toEqual([])
  })
})

describe('preferences in app state', () => {
  it('are the defaults when none were saved', async () => {
    const state = await openAppState(await tempDir())
    expect(state.preferences()).toEqual({
      theme: 'system',
      textZoom: 1,
      wideText: false,
      hintsDone: false,
    })
  })

  it('keep the others when some change, and come back on the next run', async () => {
    const dir = await tempDir()
    const state = await openAppState(dir)
    await state.remember({ lastProject: '/work/p' })
    await state.rememberPreferences({ theme: 'dark' })
    await state.rememberPreferences({ textZoom: 1.5, hintsDone: true })

    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({
      version: 1,
      lastProject: '/work/p',
      preferences: { theme: 'dark', textZoom: 1.5, hintsDone: true },
    })
    expect((await openAppState(dir)).preferences()).toEqual({
      theme: 'dark',
      textZoom: 1.5,
      wideText: false,
      hintsDone: true,
    })
  })
})
