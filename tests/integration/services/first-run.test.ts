import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { openAppState } from '../../../src-main/services/app-state'
import { createHandlers } from '../../../src-main/services/handlers'
import { phraseSpan } from '../../support/phrase-span'
import { failure, ok, setup, type Setup } from './support/project-fixture'

const SAMPLE_DIR = join(import.meta.dirname, '../../../resources/sample')

// Each host stops after its test: the project watch and layer locks go with it.
const hosts: AbortController[] = []
afterEach(() => {
  for (const host of hosts.splice(0)) host.abort()
})

async function firstRunHandlers(where: Setup, sampleDir: string | undefined = SAMPLE_DIR) {
  const appState = await openAppState(where.dataDir)
  const stopped = new AbortController()
  hosts.push(stopped)
  return createHandlers({
    ports: { host: 'web' },
    appState,
    annotator: 'alice',
    stopped: stopped.signal,
    ...(sampleDir !== undefined && { sampleDir }),
  })
}

describe('the sample project', () => {
  it('is made in the data dir from the shipped articles and opened', async () => {
    const where = await setup()
    const handlers = await firstRunHandlers(where)

    const project = await ok(handlers, 'openSampleProject', {})
    expect([project.path, project.name]).toEqual([
      join(where.dataDir, 'Sample project'),
      'Sample project',
    ])
    const listed = await ok(handlers, 'listDocuments', {})
    expect(listed.map((doc) => doc.title)).toEqual([
      'Harbour council promises electric ferries by 2029',
      'Lantern festival returns to Hội An riverside',
      'Free school meals to reach every primary pupil',
      'City library to open on Sundays after reader petition',
    ])
    expect((await ok(handlers, 'getSession', {})).project?.path).toBe(project.path)
  })

  it('opens as the analyst left it the next time, its spans kept and nothing imported twice', async () => {
    const where = await setup()
    const first = await firstRunHandlers(where)
    await ok(first, 'openSampleProject', {})
    const [doc] = await ok(first, 'listDocuments', {})
    const opened = await ok(first, 'getDocument', { docId: doc!.id })
    const span = phraseSpan(opened.text, 'four diesel ferries', 'statistic', 'span-1')
    await ok(first, 'applySpanChanges', {
      docId: doc!.id,
      changes: { created: [span], updated: [], deleted: [] },
    })

    await ok(first, 'openSampleProject', {})
    expect((await ok(first, 'listDocuments', {})).length).toBe(4)
    const again = await ok(first, 'getDocument', { docId: doc!.id })
    expect(again.annotations.spans.map((s) => s.text)).toEqual(['four diesel ferries'])
  })

  it('is refused with the folder named when the sample articles are missing', async () => {
    const where = await setup()
    const missing = join(where.root, 'no-sample')
    const handlers = await firstRunHandlers(where, missing)

    expect(await failure(handlers, 'openSampleProject', {})).toEqual({
      code: 'not-found',
      message: `The sample articles are missing from ${missing}.`,
      file: missing,
      hint: 'Reinstall Gloss, or create a project and import your own articles.',
    })
    expect(await readdir(where.root)).toEqual([])
  })
})

describe('preferences over the contract', () => {
  it('are saved in the data dir, not the project, and answered whole', async () => {
    const where = await setup()
    const handlers = await firstRunHandlers(where)
    await ok(handlers, 'openSampleProject', {})

    expect(await ok(handlers, 'setPreferences', { hintsDone: true, textZoom: 1.25 })).toEqual({
      theme: 'system',
      textZoom: 1.25,
      wideText: false,
      hintsDone: true,
    })
    const settings = JSON.parse(await readFile(join(where.dataDir, 'settings.json'), 'utf8'))
    expect(settings.preferences).toEqual({ hintsDone: true, textZoom: 1.25 })
    const gloss = JSON.parse(
      await readFile(join(where.dataDir, 'Sample project', 'gloss.json'), 'utf8'),
    )
    expect(gloss).not.toHaveProperty('preferences')
    expect((await ok(await firstRunHandlers(where), 'getPreferences', {})).textZoom).toBe(1.25)
  })

  it('refuses a text size outside 50–300%', async () => {
    const handlers = await firstRunHandlers(await setup())
    expect((await failure(handlers, 'setPreferences', { textZoom: 5 })).code).toBe('invalid-input')
  })
})
