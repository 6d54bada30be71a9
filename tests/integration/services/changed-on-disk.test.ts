import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { AnnotationFile, Span } from '../../../src-main/core/spans/span'
import { BUS_DOC as DOC, COUNCIL, RIDERSHIP, ROUTES } from './support/bus-routes-article'
import {
  created,
  failure,
  ok,
  openedProject,
  readJson,
  setup,
  uploadFixtures,
} from './support/project-fixture'

/** Their version: what a sync or `git checkout` brings, written by another Gloss. */
const theirs = (spans: Span[]): string =>
  `${JSON.stringify(
    {
      version: 1,
      docId: DOC,
      annotator: 'alice',
      status: 'in-progress',
      spans,
      updatedAt: '2026-02-02T10:00:00.000Z',
    },
    null,
    2,
  )}\n`

const WAYS = {
  // git checkout, Dropbox, Syncthing: a new file renamed over the old one.
  'replaced by rename': async (file: string, text: string) => {
    await writeFile(`${file}.incoming`, text)
    await rename(`${file}.incoming`, file)
  },
  // A text editor or a naive sync client: truncated and written in place.
  'rewritten in place': (file: string, text: string) => writeFile(file, text),
} as const

/** Alice opened the document with one span saved; then another program wrote her file. */
async function changedUnderneath(how: keyof typeof WAYS) {
  const where = await setup()
  const handlers = await openedProject(where)
  await uploadFixtures(handlers, 'crlf-line-endings.txt')
  await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(ROUTES) })
  const opened = await ok(handlers, 'getDocument', { docId: DOC })
  const file = join(where.project, 'annotations', 'alice', `${DOC}.json`)
  await WAYS[how](file, theirs([RIDERSHIP]))
  return { handlers, file, base: opened.annotations.updatedAt }
}

const ids = (file: AnnotationFile | unknown): string[] =>
  (file as AnnotationFile).spans.map((span) => span.id)

describe.each(Object.keys(WAYS) as (keyof typeof WAYS)[])('a file %s', (how) => {
  it('is what the document shows when it is opened again (nothing unsaved: reload)', async () => {
    const { handlers } = await changedUnderneath(how)

    const reopened = await ok(handlers, 'getDocument', { docId: DOC })
    expect(ids(reopened.annotations)).toEqual(['ridership'])
  })

  it('is not saved over by an edit made on the version read before', async () => {
    const { handlers, file, base } = await changedUnderneath(how)

    const error = await failure(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: created(COUNCIL),
      base,
    })
    expect(error).toEqual({
      code: 'changed-on-disk',
      message: `${file} changed on disk (another program, a sync or git wrote it) after this document was opened, so your edit was not saved over it.`,
      file,
      hint: 'Keep your version (the one on disk is kept as a backup) or take the one on disk (yours is kept as a backup).',
    })
    expect(await readFile(file, 'utf8')).toBe(theirs([RIDERSHIP]))
  })

  it('"Keep mine" saves mine over theirs, and theirs is kept as a backup', async () => {
    const { handlers, file } = await changedUnderneath(how)

    const settled = await ok(handlers, 'resolveDiskConflict', {
      docId: DOC,
      keep: 'mine',
      spans: [ROUTES, COUNCIL],
      status: 'in-progress',
    })
    expect(ids(await readJson(file))).toEqual(['council', 'routes'])
    expect(settled.kept).toMatchObject({ reason: 'theirs-replaced', spanCount: 1 })

    await ok(handlers, 'restoreBackup', { docId: DOC, id: settled.kept!.id })
    expect(ids(await readJson(file))).toEqual(['ridership'])
  })

  it('"Keep mine" saves my relations and document labels too', async () => {
    const { handlers, file } = await changedUnderneath(how)
    const madeBy = {
      id: 'r1',
      type: 'made-by',
      from: 'routes',
      to: 'council',
      createdAt: '2026-02-02T11:00:00.000Z',
    }

    await ok(handlers, 'resolveDiskConflict', {
      docId: DOC,
      keep: 'mine',
      spans: [ROUTES, COUNCIL],
      status: 'in-progress',
      relations: [madeBy],
      docLabels: {},
    })

    const saved = (await readJson(file)) as AnnotationFile
    expect(saved.relations).toEqual([madeBy])
    expect(saved.docLabels).toBeUndefined()
  })

  it('"Keep mine" refuses a relation whose end is not among my spans, writing nothing', async () => {
    const { handlers, file } = await changedUnderneath(how)

    const error = await failure(handlers, 'resolveDiskConflict', {
      docId: DOC,
      keep: 'mine',
      spans: [ROUTES],
      status: 'in-progress',
      relations: [
        {
          id: 'r1',
          type: 'made-by',
          from: 'routes',
          to: 'gone',
          createdAt: '2026-02-02T11:00:00.000Z',
        },
      ],
    })

    expect(error.code).toBe('invalid-input')
    expect(await readFile(file, 'utf8')).toBe(theirs([RIDERSHIP]))
  })

  it('"Take theirs" leaves their file as it is, and mine is kept as a backup', async () => {
    const { handlers, file } = await changedUnderneath(how)

    const settled = await ok(handlers, 'resolveDiskConflict', {
      docId: DOC,
      keep: 'theirs',
      spans: [ROUTES, COUNCIL],
      status: 'done',
    })
    expect(await readFile(file, 'utf8')).toBe(theirs([RIDERSHIP]))
    expect(ids(settled.annotations)).toEqual(['ridership'])
    expect(settled.kept).toMatchObject({ reason: 'mine-set-aside', spanCount: 2, status: 'done' })

    await ok(handlers, 'restoreBackup', { docId: DOC, id: settled.kept!.id })
    expect(ids(await readJson(file))).toEqual(['council', 'routes'])
  })
})

describe('an edit made on the version on disk', () => {
  it('is saved, and the next edit is made on what that save returned', async () => {
    const { handlers, file } = await changedUnderneath('replaced by rename')
    const { annotations } = await ok(handlers, 'getDocument', { docId: DOC })

    const saved = await ok(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: created(COUNCIL),
      base: annotations.updatedAt,
    })
    await ok(handlers, 'setDocumentStatus', { docId: DOC, status: 'done', base: saved.updatedAt })
    expect(ids(await readJson(file))).toEqual(['council', 'ridership'])
  })

  it('of a document with no file yet is refused once a file arrived', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    await uploadFixtures(handlers, 'crlf-line-endings.txt')
    const { annotations } = await ok(handlers, 'getDocument', { docId: DOC })
    const file = join(where.project, 'annotations', 'alice', `${DOC}.json`)
    await ok(handlers, 'applySpanChanges', { docId: DOC, changes: created(RIDERSHIP) })
    const onDisk = await readFile(file, 'utf8')

    const error = await failure(handlers, 'setDocumentStatus', {
      docId: DOC,
      status: 'done',
      base: annotations.updatedAt,
    })
    expect(error.code).toBe('changed-on-disk')
    expect(await readFile(file, 'utf8')).toBe(onDisk)
  })
})
