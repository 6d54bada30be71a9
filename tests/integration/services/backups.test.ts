import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { DocumentEntry } from '../../../src-main/core/project/project'
import type { AnnotationFile, Span } from '../../../src-main/core/spans/span'
import { projectBackupDir } from '../../../src-main/services/backups/backup-paths'
import { createBackupStore } from '../../../src-main/services/backups/backup-store'
import {
  created,
  ok,
  openedProject,
  readJson,
  setup,
  tempDir,
  uploadFixtures,
} from './support/project-fixture'
import {
  BUS_DOC as DOC,
  COUNCIL,
  RIDERSHIP,
  ROUTES,
  BUS_TEXT as TEXT,
} from './support/bus-routes-article'

async function projectWithArticle() {
  const where = await setup()
  const handlers = await openedProject(where)
  await uploadFixtures(handlers, 'crlf-line-endings.txt')
  const file = join(where.project, 'annotations', 'alice', `${DOC}.json`)
  return { where, handlers, file }
}

const spanIds = (file: unknown): string[] =>
  (file as AnnotationFile).spans.map((span: Span) => span.id)

describe('backups of the annotator’s files', () => {
  it('snapshots the file as it was before the first edit of a session, outside the project', async () => {
    const { where, handlers } = await projectWithArticle()
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(ROUTES) })
    // A second process (the app started again) makes its first edit.
    const again = await openedProject(where)
    await ok(again, 'applySpanChanges', { docId: DOC, changes: created(RIDERSHIP) })

    const { backups } = await ok(again, 'listBackups', { docId: DOC })
    expect(backups.map(({ reason, spanCount, status }) => ({ reason, spanCount, status }))).toEqual(
      [{ reason: 'editing', spanCount: 1, status: 'in-progress' }],
    )
    const dir = join(projectBackupDir(where.dataDir, where.project), 'alice', DOC)
    expect(await readdir(dir)).toEqual([`${backups[0]?.id}.json`])
    const snapshot = (await readJson(join(dir, `${backups[0]?.id}.json`))) as {
      annotations: AnnotationFile
    }
    expect(spanIds(snapshot.annotations)).toEqual(['routes'])
  })

  it('takes no second snapshot within the interval', async () => {
    const { handlers } = await projectWithArticle()
    for (const span of [ROUTES, RIDERSHIP, COUNCIL]) {
      await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(span) })
    }

    const { backups } = await ok(handlers, 'listBackups', { docId: DOC })
    expect(backups.map((backup) => backup.spanCount)).toEqual([1])
  })

  it('restores a snapshot exactly, keeping the version it replaced so the restore can be undone', async () => {
    const { where, handlers, file } = await projectWithArticle()
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(ROUTES) })
    await ok(await openedProject(where), 'applySpanChanges', {
      docId: DOC,
      changes: created(RIDERSHIP, COUNCIL),
    })
    const [oneSpan] = (await ok(handlers, 'listBackups', { docId: DOC })).backups

    const restored = await ok(handlers, 'restoreBackup', { docId: DOC, id: oneSpan!.id })
    expect(spanIds(await readJson(file))).toEqual(['routes'])
    expect((await readJson(file)) as AnnotationFile).toEqual(restored.annotations)
    expect(restored.replaced).toMatchObject({ reason: 'before-restore', spanCount: 3 })

    await ok(handlers, 'restoreBackup', { docId: DOC, id: restored.replaced!.id })
    expect(spanIds(await readJson(file))).toEqual(['council', 'routes', 'ridership'])
  })

  it('refuses a backup id it does not have, naming the document', async () => {
    const { handlers } = await projectWithArticle()
    const result = await ok(handlers, 'listBackups', { docId: DOC })
    expect(result.backups).toEqual([])
    await expect(
      ok(handlers, 'restoreBackup', { docId: DOC, id: '2026-01-01T00-00-00.000Z' }),
    ).rejects.toThrow(`There is no backup 2026-01-01T00-00-00.000Z of document ${DOC} for alice.`)
  })

  it('keeps two projects with the same article apart', async () => {
    const first = await projectWithArticle()
    const second = await projectWithArticle()
    await ok(first.handlers, 'applySpanChanges', { docId: DOC, changes: created(ROUTES) })
    await ok(await openedProject(first.where), 'applySpanChanges', {
      docId: DOC,
      changes: created(RIDERSHIP),
    })

    expect((await ok(first.handlers, 'listBackups', { docId: DOC })).backups).toHaveLength(1)
    expect((await ok(second.handlers, 'listBackups', { docId: DOC })).backups).toEqual([])
  })
})

const ENTRY: DocumentEntry = {
  id: DOC,
  title: 'Council pledges new bus routes',
  sourceName: 'crlf-line-endings.txt',
  sha256: 'a'.repeat(64),
  length: TEXT.length,
  added: '2026-01-01T00:00:00.000Z',
}

const fileWith = (spans: Span[], updatedAt = '2026-01-01T00:00:00.000Z'): AnnotationFile => ({
  version: 1,
  docId: DOC,
  annotator: 'alice',
  status: 'in-progress',
  spans,
  updatedAt,
})

describe('the backup store', () => {
  const MINUTE = 60_000
  const DAY = 24 * 60 * MINUTE
  const start = Date.parse('2026-03-01T08:00:00.000Z')

  async function storeWithClock() {
    const dataDir = await tempDir()
    let now = start
    const store = createBackupStore({
      dataDir,
      projectRoot: '/projects/ferries',
      policy: { intervalMs: 5 * MINUTE, keepMs: 7 * DAY, keepAtLeast: 2 },
      now: () => new Date(now),
    })
    return { store, dataDir, advance: (ms: number) => (now += ms) }
  }

  it('is due again only once the interval has passed since the newest snapshot', async () => {
    const { store, advance } = await storeWithClock()
    expect(await store.due('alice', DOC)).toBe(true)
    await store.take('alice', ENTRY, fileWith([ROUTES]), 'editing')
    advance(5 * MINUTE - 1)
    expect(await store.due('alice', DOC)).toBe(false)
    advance(1)
    expect(await store.due('alice', DOC)).toBe(true)
  })

  it('takes no snapshot of the same work twice, whatever its updatedAt', async () => {
    const { store, advance } = await storeWithClock()
    const first = await store.take('alice', ENTRY, fileWith([ROUTES]), 'editing')
    advance(DAY)
    const again = await store.take('alice', ENTRY, fileWith([ROUTES], 'later'), 'editing')

    expect(again).toEqual(first)
    expect(await store.list('alice', ENTRY)).toEqual([first])
  })

  it('prunes snapshots older than the kept days, but never the newest few', async () => {
    const { store, advance } = await storeWithClock()
    const spans = [[ROUTES], [RIDERSHIP], [COUNCIL], [ROUTES, COUNCIL]]
    for (const [day, kept] of spans.entries()) {
      if (day > 0) advance(3 * DAY)
      await store.take('alice', ENTRY, fileWith(kept as Span[]), 'editing')
    }
    // Days 0, 3, 6 and 9: day 0 is more than 7 days old; day 3 is not yet.
    expect((await store.list('alice', ENTRY)).map((backup) => backup.takenAt)).toEqual([
      '2026-03-10T08:00:00.000Z',
      '2026-03-07T08:00:00.000Z',
      '2026-03-04T08:00:00.000Z',
    ])
    advance(30 * DAY)
    await store.take('alice', ENTRY, fileWith([]), 'editing')
    expect((await store.list('alice', ENTRY)).map((backup) => backup.takenAt)).toEqual([
      '2026-04-09T08:00:00.000Z',
      '2026-03-10T08:00:00.000Z',
    ])
  })

  it('does not offer a snapshot made on another text with the same document id', async () => {
    const { store } = await storeWithClock()
    await store.take('alice', ENTRY, fileWith([ROUTES]), 'editing')

    expect(await store.list('alice', { ...ENTRY, sha256: 'b'.repeat(64) })).toEqual([])
  })
})
