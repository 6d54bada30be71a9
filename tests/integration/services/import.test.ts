import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { ShellPorts } from '../../../src-main/services/shell-ports'
import {
  failure,
  FIXTURES,
  handlersFor,
  ok,
  openedProject,
  readJson,
  setup,
  type Setup,
  uploadFixtures,
} from './support/project-fixture'

const CRLF_ID = '0fd97b1faa0790ad'

/** Handlers whose file dialog "picks" `picked`, with the project open. */
async function withDialog(where: Setup, picked: readonly string[]) {
  const ports: ShellPorts = { host: 'electron', pickPaths: async () => picked }
  const handlers = await handlersFor(where, 'alice', ports)
  await ok(handlers, 'openProject', { path: where.project, create: true })
  return handlers
}

const indexIds = async (where: Setup) =>
  (
    (await readJson(join(where.project, 'documents', 'index.json'))) as {
      documents: { id: string }[]
    }
  ).documents.map((entry) => entry.id)

describe('import', () => {
  it('recognises the same article with another file name and LF instead of CRLF', async () => {
    const where = await setup()
    const lfCopy = join(where.root, 'bus-routes-copy.txt')
    const crlf = await readFile(join(FIXTURES, 'crlf-line-endings.txt'), 'latin1')
    await writeFile(lfCopy, crlf.replaceAll('\r\n', '\n'), 'latin1')
    const first = join(FIXTURES, 'crlf-line-endings.txt')
    const handlers = await withDialog(where, [first, lfCopy])
    const { paths } = await ok(handlers, 'pickImportPaths', { kind: 'files' })

    expect(await ok(handlers, 'importPaths', { paths: [...paths] })).toEqual({
      imported: 1,
      duplicates: 1,
      refused: 0,
      outcomes: [
        {
          source: first,
          result: 'imported',
          docId: CRLF_ID,
          title: 'Council pledges new bus routes',
        },
        {
          source: lfCopy,
          result: 'duplicate',
          docId: CRLF_ID,
          title: 'Council pledges new bus routes',
        },
      ],
    })
    expect(await indexIds(where)).toEqual([CRLF_ID])
  })

  it('recognises an article imported in an earlier batch as a duplicate', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    await uploadFixtures(handlers, 'vietnamese-nfc.txt')

    const again = await uploadFixtures(handlers, 'vietnamese-nfd.txt')
    expect(again.outcomes).toEqual([
      {
        source: 'vietnamese-nfd.txt',
        result: 'duplicate',
        docId: 'e87f5009053e1767',
        title: 'Hà Nội cam kết tăng cường hợp tác về dữ liệu sông Mê Kông',
      },
    ])
    expect(await indexIds(where)).toEqual(['e87f5009053e1767'])
  })

  it('refuses a binary file with its reason and imports the others', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    const summary = await uploadFixtures(handlers, 'utf8-bom.txt', 'binary.png', 'grid-storage.md')

    expect(summary.imported).toBe(2)
    expect(summary.refused).toBe(1)
    expect(summary.outcomes[1]).toEqual({
      source: 'binary.png',
      result: 'refused',
      reason: 'is a .png file; Gloss imports .txt, .md, .html, .htm, .json and .jsonl files',
    })
    expect((await readdir(join(where.project, 'documents'))).length).toBe(3)
  })

  it('refuses binary content in a .txt file as binary', async () => {
    const where = await setup()
    const disguised = join(where.root, 'photo.txt')
    await copyFile(join(FIXTURES, 'binary.png'), disguised)
    const handlers = await withDialog(where, [disguised])
    const { paths } = await ok(handlers, 'pickImportPaths', { kind: 'files' })

    const summary = await ok(handlers, 'importPaths', { paths: [...paths] })
    expect(summary.outcomes).toEqual([
      {
        source: disguised,
        result: 'refused',
        reason:
          'looks like a binary file, not text (it contains zero bytes); import .txt or .md files',
      },
    ])
    expect(await indexIds(where)).toEqual([])
  })

  it('refuses an empty file and a file of only blank lines', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    const summary = await ok(handlers, 'importUploads', {
      files: [
        { name: 'empty.txt', base64: '' },
        { name: 'blank.md', base64: Buffer.from('\r\n  \n').toString('base64') },
      ],
    })
    expect(summary.outcomes.map((outcome) => outcome.reason)).toEqual(['is empty', 'is empty'])
  })

  it('stores UTF-16 and Windows-1252 articles as normalised UTF-8 text', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    const summary = await uploadFixtures(handlers, 'utf16le-bom.txt', 'windows-1252.txt')
    const [utf16, cp1252] = summary.outcomes

    const stored = (id: string | undefined) =>
      readFile(join(where.project, 'documents', `${id}.txt`), 'utf8')
    expect(await stored(utf16?.docId)).toBe(
      'Ministers agree water-sharing deal\n\nThe two ministers said they would “increase cooperation on river data” and publish figures every quarter. Café owners in Đà Nẵng welcomed it 🌊.\n',
    )
    expect(await stored(cp1252?.docId)).toContain('’')
    expect(await stored(cp1252?.docId)).not.toContain('\r')
  })

  it('walks a picked folder recursively, skipping hidden entries, temp files and other types', async () => {
    const where = await setup()
    const folder = join(where.root, 'articles')
    await mkdir(join(folder, 'nested'), { recursive: true })
    await mkdir(join(folder, '.git'))
    await writeFile(join(folder, 'b.txt'), 'Second article\n')
    await writeFile(join(folder, 'nested', 'a.md'), '# Nested article\n')
    await writeFile(join(folder, 'notes.pdf'), '%PDF')
    await writeFile(join(folder, '.hidden.txt'), 'Hidden\n')
    await writeFile(join(folder, '.index.json.1234-abcd.tmp'), '{')
    await writeFile(join(folder, '.git', 'HEAD.txt'), 'ref\n')
    const handlers = await withDialog(where, [folder])

    const { paths } = await ok(handlers, 'pickImportPaths', { kind: 'folder' })
    expect(paths).toEqual([join(folder, 'b.txt'), join(folder, 'nested', 'a.md')])
    const summary = await ok(handlers, 'importPaths', { paths: [...paths] })
    expect(summary.outcomes.map((outcome) => outcome.title)).toEqual([
      'Second article',
      'Nested article',
    ])
  })

  it('refuses paths that the file dialog did not return, and writes nothing', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    const stranger = join(FIXTURES, 'grid-storage.md')

    const error = await failure(handlers, 'importPaths', { paths: [stranger] })
    expect(error).toEqual({
      code: 'forbidden',
      message: `Gloss imports only files chosen in its file dialog, and ${stranger} was not.`,
      file: stranger,
      hint: 'Choose the files with Import, or drop them on the window.',
    })
    expect(await indexIds(where)).toEqual([])
  })

  it('says the file dialog is unsupported when the shell has none', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    expect(await failure(handlers, 'pickImportPaths', { kind: 'files' })).toEqual({
      code: 'unsupported',
      message: 'This window cannot show a file dialog.',
      hint: 'Drop the files on the window or use the upload button instead.',
    })
  })

  it('restores a document text that went missing when the article is imported again', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    await uploadFixtures(handlers, 'crlf-line-endings.txt')
    const textFile = join(where.project, 'documents', `${CRLF_ID}.txt`)
    await rm(textFile)
    expect((await failure(handlers, 'getDocument', { docId: CRLF_ID })).code).toBe(
      'unreadable-file',
    )

    const again = await uploadFixtures(handlers, 'crlf-line-endings.txt')
    expect(again.imported).toBe(1)
    expect((await ok(handlers, 'getDocument', { docId: CRLF_ID })).text).toBe(
      'Council pledges new bus routes\n\nThe council will add 14 bus routes by March, the transport lead said.\nRidership rose 8% last year.\n',
    )
    expect(await indexIds(where)).toEqual([CRLF_ID])
  })
})
