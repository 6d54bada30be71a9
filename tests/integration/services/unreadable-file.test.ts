import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  created,
  failure,
  handlersFor,
  ok,
  openedProject,
  setup,
  spanOn,
  uploadFixtures,
} from './support/project-fixture'

const DOC = '0fd97b1faa0790ad'
const BROKEN = '{"version": 1, "docId": "0fd97b1f'

async function projectWithBrokenAnnotations() {
  const where = await setup()
  const handlers = await openedProject(where)
  await uploadFixtures(handlers, 'crlf-line-endings.txt')
  const file = join(where.project, 'annotations', 'alice', `${DOC}.json`)
  await mkdir(join(where.project, 'annotations', 'alice'), { recursive: true })
  await writeFile(file, BROKEN)
  return { where, handlers, file }
}

describe('a file Gloss cannot parse', () => {
  it("gives 'unreadable-file' naming the annotations file when the document opens", async () => {
    const { handlers, file } = await projectWithBrokenAnnotations()

    expect(await failure(handlers, 'getDocument', { docId: DOC })).toEqual({
      code: 'unreadable-file',
      // The parser's own words differ between Node versions; the position is what helps.
      message: expect.stringMatching(
        `^Gloss cannot read ${file}: it is not valid JSON \\(Unterminated string in JSON at position \\d+.*\\)\\.$`,
      ),
      file,
      hint: 'Fix it or move it aside; Gloss will not overwrite it.',
    })
  })

  it('is not overwritten by a later edit', async () => {
    const { handlers, file } = await projectWithBrokenAnnotations()
    const text =
      'Council pledges new bus routes\n\nThe council will add 14 bus routes by March, the transport lead said.\nRidership rose 8% last year.\n'

    const error = await failure(handlers, 'applySpanChanges', {
      docId: DOC,
      changes: created(spanOn(text, '14 bus routes', 'statistic', 's1')),
    })
    expect(error.code).toBe('unreadable-file')
    expect(error.file).toBe(file)
    expect(await failure(handlers, 'setDocumentStatus', { docId: DOC, status: 'done' })).toEqual(
      error,
    )
    expect(await readFile(file, 'utf8')).toBe(BROKEN)
  })

  it('refuses a valid JSON file of the wrong shape, saying which field is wrong', async () => {
    const { handlers, file } = await projectWithBrokenAnnotations()
    await writeFile(file, JSON.stringify({ version: 1, docId: DOC, annotator: 'alice' }))

    const error = await failure(handlers, 'getDocument', { docId: DOC })
    expect(error.message).toBe(
      `Gloss cannot read ${file}: it is not a valid annotations file (Invalid option: expected one of "todo"|"in-progress"|"done" at status).`,
    )
  })

  it('refuses a file written by a newer Gloss and asks to update', async () => {
    const { handlers, file } = await projectWithBrokenAnnotations()
    await writeFile(file, JSON.stringify({ version: 2, docId: DOC }))

    const error = await failure(handlers, 'listDocuments', {})
    expect(error.message).toBe(
      `Gloss cannot read ${file}: it was written by a newer Gloss (annotations file version 2; this Gloss reads up to 1). Update Gloss to open it.`,
    )
  })

  it('reads a file that a text editor saved with a byte order mark', async () => {
    const { handlers, file } = await projectWithBrokenAnnotations()
    const content = {
      version: 1,
      docId: DOC,
      annotator: 'alice',
      status: 'done',
      spans: [],
      updatedAt: 'x',
    }
    await writeFile(file, `\uFEFF${JSON.stringify(content)}`)

    expect((await ok(handlers, 'getDocument', { docId: DOC })).annotations).toEqual(content)
  })

  it('refuses to open a project whose gloss.json is broken, and keeps it', async () => {
    const where = await setup()
    await openedProject(where)
    const projectFile = join(where.project, 'gloss.json')
    await writeFile(projectFile, '')

    const handlers = await handlersFor(where)
    const error = await failure(handlers, 'openProject', { path: where.project, create: true })
    expect(error).toEqual({
      code: 'unreadable-file',
      message: `Gloss cannot read ${projectFile}: it is not valid JSON (Unexpected end of JSON input).`,
      file: projectFile,
      hint: 'Fix it or move it aside; Gloss will not overwrite it.',
    })
    expect(await readFile(projectFile, 'utf8')).toBe('')
  })

  it('refuses a document text changed outside Gloss, since the offsets would shift', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    await uploadFixtures(handlers, 'crlf-line-endings.txt')
    const textFile = join(where.project, 'documents', `${DOC}.txt`)
    await writeFile(textFile, 'Edited by hand\n')

    expect(await failure(handlers, 'getDocument', { docId: DOC })).toEqual({
      code: 'unreadable-file',
      message: `The text of "Council pledges new bus routes" was changed outside Gloss, so its annotations no longer line up: ${textFile}.`,
      file: textFile,
      hint: 'Restore the original file (for example from a backup or git); Gloss will not overwrite it.',
    })
  })
})
