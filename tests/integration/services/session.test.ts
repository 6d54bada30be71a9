import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { GlossFailure } from '../../../src-main/core/failure'
import { DEFAULT_RELATION_TYPES } from '../../../src-main/core/relations/relation-types'
import { DEFAULT_LABELS } from '../../../src-main/core/labels/label'
import { openAppState } from '../../../src-main/services/app-state'
import { createHandlers } from '../../../src-main/services/handlers'
import { failure, handlersFor, ok, readJson, setup } from './support/project-fixture'

describe('the session', () => {
  it('starts with no project and says who annotates on which host', async () => {
    const handlers = await handlersFor(await setup())
    expect(await ok(handlers, 'getSession', {})).toEqual({
      annotator: 'alice',
      project: null,
      host: 'web',
    })
    expect(await failure(handlers, 'listDocuments', {})).toEqual({
      code: 'no-project',
      message: 'No project is open.',
      hint: 'Open a project folder or create a new one.',
    })
  })

  it('creates a project with the default labels, named after its folder', async () => {
    const where = await setup()
    const handlers = await handlersFor(where)

    expect(await ok(handlers, 'openProject', { path: where.project, create: true })).toEqual({
      path: where.project,
      name: 'project',
      labels: DEFAULT_LABELS,
      relationTypes: DEFAULT_RELATION_TYPES,
      settings: { snapToWords: true },
    })
    expect(await readJson(join(where.project, 'gloss.json'))).toEqual({
      version: 1,
      name: 'project',
      labels: DEFAULT_LABELS,
      settings: { snapToWords: true },
    })
    expect(await readJson(join(where.project, 'documents', 'index.json'))).toEqual({
      version: 1,
      documents: [],
    })
  })

  it('will not open a folder without gloss.json unless asked to create, and writes nothing', async () => {
    const where = await setup()
    await mkdir(where.project)
    const handlers = await handlersFor(where)

    expect(await failure(handlers, 'openProject', { path: where.project, create: false })).toEqual({
      code: 'not-found',
      message: `${where.project} is not a Gloss project: it has no gloss.json.`,
      file: where.project,
      hint: 'Choose the folder that contains gloss.json, or create a new project there.',
    })
    expect(await readdir(where.project)).toEqual([])
  })

  it('asks for a full path rather than guessing what a relative one means', async () => {
    const handlers = await handlersFor(await setup())
    expect(await failure(handlers, 'openProject', { path: 'my-project', create: true })).toEqual({
      code: 'invalid-input',
      message: '"my-project" is not a full path.',
      hint: 'Type the whole path of the project folder, for example /home/you/Documents/Gloss.',
    })
  })

  it('remembers the opened project and the chosen annotator for the next start', async () => {
    const where = await setup()
    const handlers = await handlersFor(where)
    await ok(handlers, 'openProject', { path: where.project, create: true })

    expect(await ok(handlers, 'setAnnotator', { name: 'Lan.Tran' })).toMatchObject({
      annotator: 'Lan.Tran',
    })
    expect(await readJson(join(where.dataDir, 'settings.json'))).toEqual({
      version: 1,
      lastProject: where.project,
      annotator: 'Lan.Tran',
    })
    const next = await openAppState(where.dataDir)
    expect([next.annotator(), next.lastProject()]).toEqual(['Lan.Tran', where.project])
  })

  it('refuses the reserved _gold as an annotator name', async () => {
    const handlers = await handlersFor(await setup())
    expect(await failure(handlers, 'setAnnotator', { name: '_gold' })).toEqual({
      code: 'invalid-input',
      message: 'Invalid input for setAnnotator at name: may not start with _ or .',
    })
  })

  it('opens the start-up project given to createHandlers on first use', async () => {
    const where = await setup()
    const appState = await openAppState(where.dataDir)
    const handlers = createHandlers({
      ports: { host: 'electron' },
      appState,
      project: where.project,
    })

    expect(await ok(handlers, 'getSession', {})).toMatchObject({
      project: { path: where.project, name: 'project' },
      host: 'electron',
    })
    expect(await ok(handlers, 'listDocuments', {})).toEqual([])
  })

  it('throws at once for an annotator name that cannot be a folder name', async () => {
    const appState = await openAppState((await setup()).dataDir)
    expect(() => createHandlers({ ports: { host: 'web' }, appState, annotator: '../x' })).toThrow(
      GlossFailure,
    )
  })
})

describe('native dialogs', () => {
  it('says a folder dialog is unsupported in the browser host', async () => {
    const handlers = await handlersFor(await setup())
    expect(await failure(handlers, 'pickProjectFolder', { purpose: 'open' })).toEqual({
      code: 'unsupported',
      message: 'This window cannot show a folder dialog.',
      hint: "Type the project folder's full path instead.",
    })
  })

  it('returns the folder the dialog picked, or null when cancelled', async () => {
    const where = await setup()
    const picked: (string | null)[] = ['/somewhere/project', null]
    const handlers = await handlersFor(where, 'alice', {
      host: 'electron',
      pickFolder: async () => picked.shift() ?? null,
    })
    expect(await ok(handlers, 'pickProjectFolder', { purpose: 'new' })).toEqual({
      path: '/somewhere/project',
    })
    expect(await ok(handlers, 'pickProjectFolder', { purpose: 'open' })).toEqual({ path: null })
  })

  it('writes a one-file export where the save dialog says, and nothing when cancelled', async () => {
    const where = await setup()
    const target = join(where.root, 'out.jsonl')
    const answers: (string | null)[] = [target, null]
    const asked: string[] = []
    const handlers = await handlersFor(where, 'alice', {
      host: 'electron',
      pickSavePath: async (name) => {
        asked.push(name)
        return answers.shift() ?? null
      },
    })

    const input = {
      suggestedName: 'project.jsonl',
      files: [{ path: 'project.jsonl', content: '{"id":"x"}\n' }],
    }
    expect(await ok(handlers, 'saveExport', input)).toEqual({ path: target })
    expect(await readFile(target, 'utf8')).toBe('{"id":"x"}\n')
    expect(await ok(handlers, 'saveExport', input)).toEqual({ path: null })
    expect(asked).toEqual(['project.jsonl', 'project.jsonl'])
  })

  it('says a save dialog is unsupported in the browser host', async () => {
    const handlers = await handlersFor(await setup())
    const input = { suggestedName: 'a.jsonl', files: [{ path: 'a.jsonl', content: '' }] }
    expect(await failure(handlers, 'saveExport', input)).toEqual({
      code: 'unsupported',
      message: 'This window cannot show a save dialog.',
      hint: 'The browser downloads the export instead.',
    })
  })
})
