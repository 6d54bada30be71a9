import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { BUS_DOC as DOC, RIDERSHIP, ROUTES } from './support/bus-routes-article'
import {
  created,
  failure,
  ok,
  openedProject,
  setup,
  uploadFixtures,
} from './support/project-fixture'

const VALID_ANNOTATIONS = JSON.stringify({
  version: 1,
  docId: DOC,
  annotator: 'alice',
  status: 'todo',
  spans: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
})

/** Every way a file breaks that the issue names, as the bytes left on disk. */
const BREAKAGES: Readonly<Record<string, { bytes: Buffer; reason: RegExp }>> = {
  empty: {
    bytes: Buffer.alloc(0),
    reason: /^it is not valid JSON \(Unexpected end of JSON input\)$/u,
  },
  truncated: {
    bytes: Buffer.from(VALID_ANNOTATIONS.slice(0, 40)),
    reason: /^it is not valid JSON \(.*\)$/u,
  },
  'NUL-filled': { bytes: Buffer.alloc(64), reason: /^it is not valid JSON \(.*\)$/u },
  'wrongly shaped': {
    bytes: Buffer.from('{"version": 1, "spans": "none"}'),
    reason: /^it is not a valid .+ \(.+\)$/u,
  },
  null: { bytes: Buffer.from('null'), reason: /^it is not a Gloss .+$/u },
  'git conflict markers': {
    bytes: Buffer.from(`<<<<<<< HEAD\n${VALID_ANNOTATIONS}\n=======\n{}\n>>>>>>> theirs\n`),
    reason: /^it has unresolved merge conflict markers \(<<<<<<<\) from git or a sync tool$/u,
  },
}

/** The project files, with what Gloss does with each when it is broken. */
const FILES = {
  'gloss.json': { path: 'gloss.json', moved: false, backup: false },
  'the document index': { path: 'documents/index.json', moved: false, backup: false },
  "the annotator's annotations": {
    path: `annotations/alice/${DOC}.json`,
    moved: true,
    backup: true,
  },
  'gold annotations': { path: `annotations/_gold/${DOC}.json`, moved: true, backup: false },
  "the annotator's comments": { path: `comments/alice/${DOC}.json`, moved: true, backup: false },
} as const

/** A project with the article, a backup of alice's file, and one file broken. */
async function projectWith(relative: string, bytes: Buffer) {
  const where = await setup()
  const handlers = await openedProject(where)
  await uploadFixtures(handlers, 'crlf-line-endings.txt')
  await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(ROUTES) })
  // The second edit snapshots the first (see backups.test.ts).
  await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(RIDERSHIP) })
  const file = join(where.project, relative)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, bytes)
  return { where, handlers, file }
}

const table = Object.entries(FILES).flatMap(([fileKind, target]) =>
  Object.entries(BREAKAGES).map(([breakage, broken]) => ({ fileKind, breakage, target, broken })),
)

describe('a broken project file', () => {
  it.each(table)('$fileKind, $breakage: reported by name, never written over', async (row) => {
    const { where, handlers, file } = await projectWith(row.target.path, row.broken.bytes)

    const found = await ok(handlers, 'recoverUnreadable', {})
    expect(found).toEqual([
      {
        file: row.target.path,
        reason: expect.stringMatching(row.broken.reason),
        movedTo: row.target.moved
          ? expect.stringMatching(
              `^${row.target.path.replace(/\./gu, '\\.')}\\.corrupt-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\.\\d{3}Z$`,
            )
          : null,
        docId: row.target.backup || row.target.path.startsWith('annotations/') ? DOC : null,
        backup: row.target.backup
          ? expect.objectContaining({ reason: 'editing', spanCount: 1 })
          : null,
      },
    ])
    const movedTo = found[0]?.movedTo ?? null
    if (movedTo === null) {
      expect(await readFile(file)).toEqual(row.broken.bytes)
    } else {
      // Byte for byte, beside it; the name it had is free for Gloss to write again.
      expect(await readFile(join(where.project, movedTo))).toEqual(row.broken.bytes)
      expect(await readdir(dirname(file))).not.toContain(basename(file))
    }
  })
})

describe('after a broken annotations file was moved aside', () => {
  it('lists and opens the document, and offers the backup that restores the last good version', async () => {
    const { handlers } = await projectWith(`annotations/alice/${DOC}.json`, Buffer.from('null'))
    const [found] = await ok(handlers, 'recoverUnreadable', {})

    expect((await ok(handlers, 'listDocuments', {})).map((item) => item.spanCount)).toEqual([0])
    await ok(handlers, 'restoreBackup', { docId: DOC, id: found!.backup!.id })
    const reopened = await ok(handlers, 'getDocument', { docId: DOC })
    expect(reopened.annotations.spans.map((span) => span.id)).toEqual(['routes'])
  })

  it('finds nothing more to recover, and the .corrupt copy is not listed as a document', async () => {
    const { handlers } = await projectWith(`annotations/alice/${DOC}.json`, Buffer.alloc(0))
    await ok(handlers, 'recoverUnreadable', {})

    expect(await ok(handlers, 'recoverUnreadable', {})).toEqual([])
    expect((await ok(handlers, 'listDocuments', {})).map((item) => item.id)).toEqual([DOC])
  })
})

describe('an edit log with a line Gloss does not know', () => {
  it('is moved aside, and the file it belongs to is read without it', async () => {
    const log = `annotations/alice/${DOC}.edits.jsonl`
    const { handlers } = await projectWith(
      log,
      Buffer.from(`{"version":1,"editsOf":"${DOC}.json"}\n{"what":"nonsense"}\n`),
    )

    const [found] = await ok(handlers, 'recoverUnreadable', {})
    expect(found).toMatchObject({ file: log, reason: 'line 2 is not an edit Gloss knows' })
    expect(found?.movedTo).toMatch(/\.edits\.jsonl\.corrupt-/u)
    const reopened = await ok(handlers, 'getDocument', { docId: DOC })
    expect(reopened.annotations.spans.map((span) => span.id)).toEqual(['routes', 'ridership'])
  })
})

describe('a file that is not broken', () => {
  it('with a UTF-8 byte order mark (Notepad, PowerShell 5) is read, not moved', async () => {
    const { handlers, file } = await projectWith(
      `annotations/alice/${DOC}.json`,
      Buffer.from(`\uFEFF${VALID_ANNOTATIONS}`),
    )

    expect(await ok(handlers, 'recoverUnreadable', {})).toEqual([])
    expect((await readFile(file, 'utf8')).startsWith('\uFEFF')).toBe(true)
  })

  it('written by a newer Gloss is reported and left where it is', async () => {
    const { handlers, file } = await projectWith(
      `annotations/alice/${DOC}.json`,
      Buffer.from('{"version": 2, "docId": "0fd97b1faa0790ad"}'),
    )

    const [found] = await ok(handlers, 'recoverUnreadable', {})
    expect(found?.movedTo).toBeNull()
    expect(await failure(handlers, 'getDocument', { docId: DOC })).toMatchObject({ file })
  })
})
