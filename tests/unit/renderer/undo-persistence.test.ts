import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { EndpointName } from '../../../src-main/contract/endpoint-names'
import type { Handlers } from '../../../src-main/contract/endpoints'
import { undoHistoryPath } from '../../../src-main/services/undo/undo-history-files'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import {
  ok,
  openedProject,
  setup,
  type Setup,
} from '../../integration/services/support/project-fixture'
import { clientOver } from '../../support/handlers-client'

const TEXT = 'The ministry will increase intelligence-sharing. About 76,000 people crossed.\n'
const ANNOTATOR = 'lan'

interface Window {
  readonly store: Store<AppState>
  readonly commands: Commands
  /** Runs the debounced save of the undo history, as the timer would. */
  readonly pause: () => void
  readonly calls: EndpointName[]
}

/** The UI started afresh (a reload) over `handlers`, its first document open. */
async function openWindow(handlers: Handlers): Promise<Window> {
  const store = createStore(initialAppState)
  const calls: EndpointName[] = []
  let waiting: (() => void) | null = null
  const commands = createCommands(
    { store, client: clientOver(handlers, calls) },
    { undoHistory: { debounce: (work) => (waiting = work) } },
  )
  await commands.session.loadSession()
  await commands.undoHistory.restored()
  return { store, commands, calls, pause: () => waiting?.() }
}

async function project(): Promise<{ where: Setup; handlers: Handlers; docId: string }> {
  const where = await setup()
  const handlers = await openedProject(where, ANNOTATOR)
  const imported = await ok(handlers, 'importUploads', {
    files: [{ name: 'ministry.txt', base64: Buffer.from(TEXT).toString('base64') }],
  })
  return { where, handlers, docId: imported.outcomes[0]?.docId ?? '' }
}

/** A host started again on the same project and data folder (a restart of Gloss). */
const restart = (where: Setup): Promise<Handlers> => openedProject(where, ANNOTATOR)

async function label(window: Window, phrase: string, key: string): Promise<void> {
  const start = TEXT.indexOf(phrase)
  window.commands.annotate.setSelection({ start, end: start + phrase.length, exact: false })
  window.commands.annotate.pressLabelKey(key)
  await window.commands.savesSettled()
}

async function spansOnDisk(handlers: Handlers, docId: string): Promise<string[]> {
  const { annotations } = await ok(handlers, 'getDocument', { docId })
  return annotations.spans.map((span) => `${span.label}:${span.text}`).sort()
}

const annotationsFile = (where: Setup, docId: string) =>
  join(where.project, 'annotations', ANNOTATOR, `${docId}.json`)

describe('undo history across a reload and a restart', () => {
  it('Ctrl+Z after a restart removes the last span, on disk too', async () => {
    const { where, handlers, docId } = await project()
    const before = await openWindow(handlers)
    await label(before, 'increase intelligence-sharing', '1')
    await label(before, '76,000 people', '2')
    await before.commands.undoHistory.flush()
    before.commands.undoHistory.stop()

    const restarted = await restart(where)
    const after = await openWindow(restarted)
    after.commands.annotate.undo()
    await after.commands.savesSettled()

    expect(await spansOnDisk(restarted, docId)).toEqual([
      'commitment:increase intelligence-sharing',
    ])
    after.commands.annotate.undo()
    await after.commands.savesSettled()
    expect(await spansOnDisk(restarted, docId)).toEqual([])
  })

  it('redo survives too', async () => {
    const { where, handlers, docId } = await project()
    const before = await openWindow(handlers)
    await label(before, '76,000 people', '2')
    before.commands.annotate.undo()
    await before.commands.savesSettled()
    await before.commands.undoHistory.flush()

    const restarted = await restart(where)
    const after = await openWindow(restarted)
    after.commands.annotate.redo()
    await after.commands.savesSettled()

    expect(await spansOnDisk(restarted, docId)).toEqual(['statistic:76,000 people'])
  })

  it('is not offered when the file changed on disk since (a sync, a restore), and is dropped', async () => {
    const { where, handlers, docId } = await project()
    const before = await openWindow(handlers)
    await label(before, 'increase intelligence-sharing', '1')
    await label(before, '76,000 people', '2')
    await before.commands.undoHistory.flush()
    // A colleague's sync brings back a version of the file with only the first span.
    const file = annotationsFile(where, docId)
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as { spans: unknown[] }
    await writeFile(file, JSON.stringify({ ...onDisk, spans: onDisk.spans.slice(0, 1) }))

    const restarted = await restart(where)
    const after = await openWindow(restarted)
    after.commands.annotate.undo()
    await after.commands.savesSettled()

    expect(after.store.get().histories[docId]).toBeUndefined()
    expect(after.calls).not.toContain('applySpanChanges')
    expect(await spansOnDisk(restarted, docId)).toHaveLength(1)
    const kept = undoHistoryPath({
      dataDir: where.dataDir,
      project: where.project,
      annotator: ANNOTATOR,
      docId,
    })
    expect(existsSync(kept)).toBe(false)
  })

  it('is sent once the edits pause, not once per edit', async () => {
    const { handlers } = await project()
    const window = await openWindow(handlers)

    await label(window, 'increase intelligence-sharing', '1')
    await label(window, '76,000 people', '2')
    window.commands.annotate.undo()
    await window.commands.savesSettled()
    expect(window.calls.filter((name) => name === 'saveUndoHistory')).toEqual([])

    window.pause()
    await window.commands.undoHistory.flush()
    expect(window.calls.filter((name) => name === 'saveUndoHistory')).toEqual(['saveUndoHistory'])
  })

  it('is not sent while a save has failed: it would claim an edit the file lacks', async () => {
    const { where, handlers, docId } = await project()
    const window = await openWindow(handlers)
    await label(window, 'increase intelligence-sharing', '1')
    await window.commands.undoHistory.flush()
    const sent = window.calls.filter((name) => name === 'saveUndoHistory').length
    // A half-done git merge: Gloss will not write over a file it cannot read.
    await writeFile(annotationsFile(where, docId), '<<<<<<< HEAD\n')

    await label(window, '76,000 people', '2')
    await window.commands.undoHistory.flush()

    expect(window.store.get().save.kind).toBe('failed')
    expect(window.calls.filter((name) => name === 'saveUndoHistory')).toHaveLength(sent)
  })
})
