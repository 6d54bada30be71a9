import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { expect, test } from '../fixtures'
import { ExportDialogPage } from '../pages/export-dialog-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { readDocumentText, readIndex } from '../support/project-files'
import { docIdOf, EMOJI, VIETNAMESE } from './support/articles'

const COMMITMENT = 'chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn'
const EMOJI_PHRASE = 'families travelled from 🇬🇧 and 🇫🇷'

/** Code-point offsets of the first occurrence of `phrase`: what Python's `text[start:end]` needs. */
const codePoints = (text: string, phrase: string) => {
  const at = text.indexOf(phrase)
  const start = [...text.slice(0, at)].length
  return { start, end: start + [...phrase].length }
}

interface ExpectedSpan {
  readonly phrase: string
  readonly label: string
  readonly annotator: string
  readonly note: string | null
}

interface ExpectedDocument {
  /** Each exported annotator's status on the document. */
  readonly status: Record<string, string>
  readonly spans: readonly ExpectedSpan[]
}

/** The exact JSONL the export must produce: documents in index order, keys in this order. */
async function expectedJsonl(dir: string, docs: Record<string, ExpectedDocument>) {
  const index = await readIndex(dir)
  const lines = []
  for (const entry of index?.documents ?? []) {
    const text = await readDocumentText(dir, entry.id)
    const doc = docs[entry.sourceName] ?? { status: {}, spans: [] }
    const spans = doc.spans.map((span) => ({
      ...codePoints(text, span.phrase),
      label: span.label,
      text: span.phrase,
      annotator: span.annotator,
      note: span.note,
      attributes: {},
    }))
    const line = {
      id: entry.id,
      title: entry.title,
      text,
      status: doc.status,
      offsetUnit: 'codepoints',
      spans,
      // Nobody commented in these tests (comments.spec.ts and the services tests do).
      comments: [],
    }
    lines.push(`${JSON.stringify(line)}\n`)
  }
  return lines.join('')
}

test.beforeEach(async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE, EMOJI])
  await app.openDocument(/Hà Nội/)
  await app.label(COMMITMENT, '1')
  await app.selectedSpan.getByRole('textbox', { name: 'Note' }).fill('the minister speaking')
  await page.keyboard.press('Enter')
  await app.openDocument(/Harbour festival/)
  await app.label(EMOJI_PHRASE, '3')
  await app.expectSaved()
})

test('Export downloads my spans as JSONL with code-point offsets, exactly', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const me = project.annotator

  await app.chooseMenu('Export…')
  const dialog = new ExportDialogPage(page)
  await expect(dialog.format).toHaveValue('jsonl')
  await expect(dialog.source).toHaveValue('me')
  const file = await dialog.exportAndDownload()

  expect(file.suggestedFilename()).toBe('project.jsonl')
  const content = await readFile(await file.path(), 'utf8')
  expect(content).toBe(
    await expectedJsonl(project.dir, {
      'vietnamese-nfc.txt': {
        status: { [me]: 'in-progress' },
        spans: [
          { phrase: COMMITMENT, label: 'Commitment', annotator: me, note: 'the minister speaking' },
        ],
      },
      'emoji-astral.txt': {
        status: { [me]: 'in-progress' },
        spans: [{ phrase: EMOJI_PHRASE, label: 'Claim', annotator: me, note: null }],
      },
    }),
  )
  await expect(dialog.result).toHaveText('Exported 2 documents and 2 spans to project.jsonl.')
})

test('Export of everyone’s annotations includes a colleague’s spans', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  const phrase = await writeColleagueSpan(project.dir)

  const me = project.annotator
  await app.chooseMenu('Export…')
  const dialog = new ExportDialogPage(page)
  await dialog.source.selectOption('all')
  const content = await readFile(await (await dialog.exportAndDownload()).path(), 'utf8')

  expect(content).toBe(
    await expectedJsonl(project.dir, {
      'vietnamese-nfc.txt': {
        status: { bob: 'done', [me]: 'in-progress' },
        spans: [
          { phrase: COMMITMENT, label: 'Commitment', annotator: me, note: 'the minister speaking' },
          { phrase, label: 'Statistic', annotator: 'bob', note: null },
        ],
      },
      'emoji-astral.txt': {
        status: { [me]: 'in-progress' },
        spans: [{ phrase: EMOJI_PHRASE, label: 'Claim', annotator: me, note: null }],
      },
    }),
  )
  await expect(dialog.result).toHaveText('Exported 2 documents and 3 spans to project.jsonl.')
})

test('one annotator’s spans on the open document only', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  const phrase = await writeColleagueSpan(project.dir)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  const text = await readDocumentText(project.dir, docId)
  await app.openDocument(/Hà Nội/)

  await app.chooseMenu('Export…')
  const dialog = new ExportDialogPage(page)
  await dialog.source.selectOption('annotator:bob')
  await dialog.documents(/Only the open document/).check()
  const content = await readFile(await (await dialog.exportAndDownload()).path(), 'utf8')

  const lines = content.split('\n').filter((line) => line !== '')
  expect(lines).toHaveLength(1)
  const line = JSON.parse(lines[0] ?? '') as { id: string; status: object; spans: object[] }
  expect(line.id).toBe(docId)
  expect(line.status).toEqual({ bob: 'done' })
  expect(line.spans).toEqual([
    {
      ...codePoints(text, phrase),
      label: 'Statistic',
      text: phrase,
      annotator: 'bob',
      note: null,
      attributes: {},
    },
  ])
  await expect(dialog.result).toHaveText('Exported 1 document and 1 span to project.jsonl.')
})

/** A colleague's file as their copy of Gloss writes it (synced in through a shared folder). */
async function writeColleagueSpan(dir: string): Promise<string> {
  const docId = await docIdOf(dir, 'vietnamese-nfc.txt')
  const text = await readDocumentText(dir, docId)
  const phrase = '12.500 hộ dân'
  const start = text.indexOf(phrase)
  const now = '2026-01-02T03:04:05.000Z'
  await mkdir(join(dir, 'annotations', 'bob'), { recursive: true })
  await writeFile(
    join(dir, 'annotations', 'bob', `${docId}.json`),
    JSON.stringify({
      version: 1,
      docId,
      annotator: 'bob',
      status: 'done',
      spans: [
        {
          id: 'bob-1',
          start,
          end: start + phrase.length,
          label: 'statistic',
          text: phrase,
          createdAt: now,
          updatedAt: now,
        },
      ],
      updatedAt: now,
    }),
  )
  return phrase
}
