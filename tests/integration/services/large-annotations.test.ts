import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { Handlers } from '../../../src-main/contract/endpoints'
import type { Span } from '../../../src-main/core/spans/span'
import { changesUntil, cursorNow, includes } from './support/disk-changes'
import { created, ok, openedProject, setup, spanOf, type Setup } from './support/project-fixture'

// Long enough for hundreds of spans, whose annotations file then passes the size from which
// edits are logged beside it (64 KiB) instead of rewriting it.
const TEXT = 'The harbour board will buy two electric ferries by 2027, the chair said. '.repeat(60)
const MANY = 400

/** A project open as `annotator` with the long article and `MANY` of their spans on it. */
async function largeLayer(where: Setup, annotator = 'alice') {
  const handlers = await openedProject(where, annotator)
  const { outcomes } = await ok(handlers, 'importUploads', {
    files: [{ name: 'ferries.txt', base64: Buffer.from(TEXT).toString('base64') }],
  })
  const docId = outcomes[0]?.docId ?? ''
  const spans = Array.from({ length: MANY }, (_, n) =>
    spanOf(TEXT, n * 10, n * 10 + 7, 'claim', `${annotator}-${n}`),
  )
  await ok(handlers, 'applySpanChanges', { docId, changes: created(...spans) })
  const file = join(where.project, 'annotations', annotator, `${docId}.json`)
  return { handlers, docId, file, log: file.replace(/\.json$/u, '.edits.jsonl') }
}

const oneMore = (id: string): Span => spanOf(TEXT, 4, 11, 'statistic', id)
const save = (handlers: Handlers, docId: string, span: Span) =>
  ok(handlers, 'applySpanChanges', { docId, changes: created(span) })

describe('saving on a large annotations file', () => {
  it('appends the edit to <docId>.edits.jsonl and leaves the file as it was', async () => {
    const { handlers, docId, file, log } = await largeLayer(await setup())
    const before = await readFile(file, 'utf8')
    expect((await stat(file)).size).toBeGreaterThan(64 * 1024)

    const saved = await save(handlers, docId, oneMore('extra'))
    expect(await readFile(file, 'utf8')).toBe(before)
    const lines = (await readFile(log, 'utf8')).split('\n')
    expect(lines.slice(0, 1)).toEqual([`{"version":1,"editsOf":"${docId}.json"}`])
    expect(JSON.parse(lines[1] ?? '')).toEqual({
      at: saved.updatedAt,
      spans: { created: [oneMore('extra')], updated: [], deleted: [] },
    })
  })

  it('shows the logged edit to the document, the list and every export', async () => {
    const where = await setup()
    const { handlers, docId } = await largeLayer(where)
    await save(handlers, docId, oneMore('extra'))
    await ok(handlers, 'setDocumentStatus', { docId, status: 'done' })

    const { annotations } = await ok(handlers, 'getDocument', { docId })
    expect([annotations.status, annotations.spans.length]).toEqual(['done', MANY + 1])
    expect(annotations.spans.find((span) => span.id === 'extra')).toEqual(oneMore('extra'))
    const [listed] = await ok(handlers, 'listDocuments', {})
    expect([listed?.status, listed?.spanCount]).toEqual(['done', MANY + 1])
    const exported = await ok(handlers, 'exportDataset', { format: 'csv', source: 'me' })
    expect(exported.spans).toBe(MANY + 1)
  })

  it("merges a colleague's edits still in their log into one file here", async () => {
    const ours = await setup()
    const theirs = { ...(await setup()) }
    const them = await largeLayer(theirs, 'bob')
    await save(them.handlers, them.docId, oneMore('bob-extra'))
    const handlers = await openedProject(ours)

    await ok(handlers, 'mergeProject', { path: theirs.project, apply: true })
    const merged = join(ours.project, 'annotations', 'bob')
    expect(await readdir(merged)).toEqual([`${them.docId}.json`])
    const file = JSON.parse(await readFile(join(merged, `${them.docId}.json`), 'utf8')) as {
      spans: Span[]
    }
    expect(file.spans.length).toBe(MANY + 1)
    expect(file.spans).toContainEqual(oneMore('bob-extra'))
  })

  it("does not report the session's own logged edits, and reports a colleague's", async () => {
    const where = await setup()
    const { handlers, docId } = await largeLayer(where)
    const colleague = await openedProject(where, 'bob')
    await ok(colleague, 'applySpanChanges', {
      docId,
      changes: created(
        ...Array.from({ length: MANY }, (_, n) =>
          spanOf(TEXT, n * 10, n * 10 + 7, 'claim', `b${n}`),
        ),
      ),
    })
    await ok(handlers, 'getDocument', { docId })
    const since = await cursorNow(handlers)

    await save(handlers, docId, oneMore('mine'))
    await save(colleague, docId, oneMore('theirs'))
    const bobs = { kind: 'annotations', annotator: 'bob', docId } as const
    expect(await changesUntil(handlers, since, includes(bobs))).toEqual([bobs])
  })
})
