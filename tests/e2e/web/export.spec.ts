import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { expect, test } from '../fixtures'
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

/** The exact JSONL the export must produce: documents in index order, keys in this order. */
async function expectedJsonl(dir: string, spans: Record<string, readonly ExpectedSpan[]>) {
  const index = await readIndex(dir)
  const lines = []
  for (const entry of index?.documents ?? []) {
    const text = await readDocumentText(dir, entry.id)
    const docSpans = (spans[entry.sourceName] ?? []).map((span) => ({
      ...codePoints(text, span.phrase),
      label: span.label,
      text: span.phrase,
      annotator: span.annotator,
      note: span.note,
    }))
    lines.push(`${JSON.stringify({ id: entry.id, title: entry.title, text, spans: docSpans })}\n`)
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
  const dialog = app.dialog('Export')
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const file = await download

  expect(file.suggestedFilename()).toBe('project.jsonl')
  const content = await readFile(await file.path(), 'utf8')
  expect(content).toBe(
    await expectedJsonl(project.dir, {
      'vietnamese-nfc.txt': [
        { phrase: COMMITMENT, label: 'Commitment', annotator: me, note: 'the minister speaking' },
      ],
      'emoji-astral.txt': [{ phrase: EMOJI_PHRASE, label: 'Claim', annotator: me, note: null }],
    }),
  )
  await expect(dialog.getByRole('status')).toHaveText(
    'Exported 2 documents and 2 spans to project.jsonl.',
  )
})

test('Export of everyone’s annotations includes a colleague’s spans', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  const text = await readDocumentText(project.dir, docId)
  const phrase = '12.500 hộ dân'
  const start = text.indexOf(phrase)
  const now = '2026-01-02T03:04:05.000Z'
  // A colleague's file as their copy of Gloss writes it (synced in through a shared folder).
  await mkdir(join(project.dir, 'annotations', 'bob'), { recursive: true })
  await writeFile(
    join(project.dir, 'annotations', 'bob', `${docId}.json`),
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

  await app.chooseMenu('Export…')
  const dialog = app.dialog('Export')
  await dialog.getByRole('radio', { name: 'Everyone’s annotations' }).check()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const content = await readFile(await (await download).path(), 'utf8')

  expect(content).toBe(
    await expectedJsonl(project.dir, {
      'vietnamese-nfc.txt': [
        {
          phrase: COMMITMENT,
          label: 'Commitment',
          annotator: project.annotator,
          note: 'the minister speaking',
        },
        { phrase, label: 'Statistic', annotator: 'bob', note: null },
      ],
      'emoji-astral.txt': [
        { phrase: EMOJI_PHRASE, label: 'Claim', annotator: project.annotator, note: null },
      ],
    }),
  )
  await expect(dialog.getByRole('status')).toHaveText(
    'Exported 2 documents and 3 spans to project.jsonl.',
  )
})
