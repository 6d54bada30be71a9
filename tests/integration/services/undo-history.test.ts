import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { Handlers } from '../../../src-main/contract/endpoints'
import { KEPT_UNDO_STEPS, spansFingerprint } from '../../../src-main/core/spans/undo-history'
import { undoHistoryPath } from '../../../src-main/services/undo/undo-history-files'
import {
  created,
  failure,
  ok,
  openedProject,
  setup,
  spanOf,
  type Setup,
} from './support/project-fixture'

const TEXT = 'The ministry will publish the figures in May.\n'

async function withDocument(annotator = 'alice') {
  const where = await setup()
  const handlers = await openedProject(where, annotator)
  const imported = await ok(handlers, 'importUploads', {
    files: [{ name: 'figures.txt', base64: Buffer.from(TEXT).toString('base64') }],
  })
  const docId = imported.outcomes[0]?.docId ?? ''
  return { where, handlers, docId }
}

const claim = spanOf(TEXT, 4, 12, 'claim', 's1')
const figures = spanOf(TEXT, 30, 37, 'statistic', 's2')
const steps = [created(claim), created(figures)]
const fingerprint = spansFingerprint([claim, figures])

const historyFile = (where: Setup, docId: string, annotator = 'alice') =>
  undoHistoryPath({ dataDir: where.dataDir, project: where.project, annotator, docId })

const save = (handlers: Handlers, docId: string, print = fingerprint) =>
  ok(handlers, 'saveUndoHistory', { docId, fingerprint: print, undo: steps, redo: [] })

describe('undo history kept between runs', () => {
  it('comes back as it was saved, for the spans it was saved on', async () => {
    const { handlers, docId } = await withDocument()

    expect(await save(handlers, docId)).toEqual({ steps: 2 })
    expect(await ok(handlers, 'getUndoHistory', { docId, fingerprint })).toEqual({
      undo: steps,
      redo: [],
    })
  })

  it('is kept in the data folder, outside the project, and written whole', async () => {
    const { where, handlers, docId } = await withDocument()

    await save(handlers, docId)

    const file = historyFile(where, docId)
    expect(file.startsWith(join(where.dataDir, 'undo-history'))).toBe(true)
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      version: 1,
      project: where.project,
      annotator: 'alice',
      docId,
      fingerprint,
      undo: steps,
      redo: [],
    })
  })

  it('is dropped, file and all, when the spans are no longer those it was saved on', async () => {
    const { where, handlers, docId } = await withDocument()
    await save(handlers, docId)

    const changed = spansFingerprint([claim])

    expect(await ok(handlers, 'getUndoHistory', { docId, fingerprint: changed })).toBeNull()
    expect(existsSync(historyFile(where, docId))).toBe(false)
    expect(await ok(handlers, 'getUndoHistory', { docId, fingerprint })).toBeNull()
  })

  it('is null for a document that has none', async () => {
    const { handlers, docId } = await withDocument()

    expect(await ok(handlers, 'getUndoHistory', { docId, fingerprint })).toBeNull()
  })

  it("is each annotator's own", async () => {
    const { where, handlers, docId } = await withDocument()
    await save(handlers, docId)
    const bob = await openedProject(where, 'bob')

    expect(await ok(bob, 'getUndoHistory', { docId, fingerprint })).toBeNull()
    expect(existsSync(historyFile(where, docId))).toBe(true)
  })

  it(`keeps the last ${KEPT_UNDO_STEPS} steps of a longer history`, async () => {
    const { handlers, docId } = await withDocument()
    const many = Array.from({ length: KEPT_UNDO_STEPS }, (_, n) =>
      created(spanOf(TEXT, 0, 3, 'claim', `s${n}`)),
    )

    await ok(handlers, 'saveUndoHistory', { docId, fingerprint, undo: many, redo: [] })

    const kept = await ok(handlers, 'getUndoHistory', { docId, fingerprint })
    expect(kept?.undo).toHaveLength(KEPT_UNDO_STEPS)
    expect(kept?.undo.at(-1)).toEqual(many.at(-1))
  })

  it('refuses more steps than it keeps', async () => {
    const { handlers, docId } = await withDocument()
    const many = Array.from({ length: KEPT_UNDO_STEPS + 1 }, () => created(claim))

    const error = await failure(handlers, 'saveUndoHistory', {
      docId,
      fingerprint,
      undo: many,
      redo: [],
    })

    expect(error.code).toBe('invalid-input')
  })

  it('treats an unreadable history file as none, and the next save replaces it', async () => {
    const { where, handlers, docId } = await withDocument()
    await save(handlers, docId)
    await writeFile(historyFile(where, docId), '{"version": 1, "undo": [')

    expect(await ok(handlers, 'getUndoHistory', { docId, fingerprint })).toBeNull()
    await save(handlers, docId)
    expect(await ok(handlers, 'getUndoHistory', { docId, fingerprint })).toEqual({
      undo: steps,
      redo: [],
    })
  })

  it('refuses a document the project does not have', async () => {
    const { handlers } = await withDocument()

    const error = await failure(handlers, 'getUndoHistory', {
      docId: 'ffffffffffffffff',
      fingerprint,
    })

    expect(error.code).toBe('not-found')
  })
})
