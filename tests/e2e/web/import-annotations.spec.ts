import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

import { unzipSync } from 'fflate'

import { expect, test } from '../fixtures'
import { ExportDialogPage } from '../pages/export-dialog-page'
import { ImportAnnotationsPage } from '../pages/import-annotations-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { readAnnotationFile, readDocumentText, readIndex } from '../support/project-files'
import { docIdOf, EMOJI, spansOnDisk, VIETNAMESE } from './support/articles'

const STATISTIC = '12.500 hộ dân'
const COMMITMENT = 'chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn'
const EMOJI_PHRASE = 'families travelled from 🇬🇧 and 🇫🇷'
const PORT_TEXT =
  'Port handles record cargo 🚢\n\nThe port handled 3 million tonnes in 2025, officials said.\n'

/** A scratch folder for the files a test writes, removed after the test. */
let scratch: string
test.beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'gloss-import-'))
})
test.afterEach(async () => {
  await rm(scratch, { recursive: true, force: true })
})

/** doccano's `[start, end, "Label"]` in UTF-16 units (doccano's own count) for a phrase. */
const doccanoLabel = (text: string, phrase: string, label: string) => {
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error(`"${phrase}" is not in the text`)
  return [start, start + phrase.length, label] as const
}

async function writeDoccano(name: string, lines: readonly object[]): Promise<string> {
  const file = join(scratch, name)
  await writeFile(file, lines.map((line) => `${JSON.stringify(line)}\n`).join(''))
  return file
}

test('a doccano file puts its spans on the matching document and adds the one the project lacks', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE])
  await app.openDocument(/Hà Nội/)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  const text = await readDocumentText(project.dir, docId)
  const file = await writeDoccano('labels.jsonl', [
    { text, label: [doccanoLabel(text, STATISTIC, 'Statistic')] },
    { text: PORT_TEXT, label: [doccanoLabel(PORT_TEXT, 'officials said', 'Claim')] },
  ])

  await app.chooseMenu('Import annotations…')
  const dialog = new ImportAnnotationsPage(page)
  await dialog.format.selectOption('doccano')
  await expect(dialog.offsets).toHaveValue('utf16')
  await dialog.chooseFiles(file)
  await expect(dialog.picked).toHaveText('labels.jsonl')
  const summary = await dialog.run()

  await expect(dialog.counts).toHaveText([
    '1 document matched',
    '1 document added',
    '2 spans imported',
    '0 spans skipped',
  ])
  await expect(dialog.layers).toHaveText(`Written to the annotations of ${project.annotator}.`)
  await expect(dialog.problems).toHaveCount(0)
  await summary.getByRole('button', { name: 'OK' }).click()

  // The open document shows the imported span at once: painted and in the span list.
  await expect(app.highlightsOf('statistic').first()).toBeVisible()
  await expect(app.spans.getByRole('listitem')).toHaveText([/Statistic\s*12\.500 hộ dân/])
  await expect(app.documents.getByRole('option')).toHaveCount(2)
  expect(await spansOnDisk(project.dir, project.annotator, docId)).toEqual([
    { label: 'statistic', text: STATISTIC, sliced: STATISTIC },
  ])
  const added = (await readIndex(project.dir))?.documents.find((entry) => entry.id !== docId)
  if (!added) throw new Error('the port article was not added')
  expect(await readDocumentText(project.dir, added.id)).toBe(PORT_TEXT)
  expect(await spansOnDisk(project.dir, project.annotator, added.id)).toEqual([
    { label: 'claim', text: 'officials said', sliced: 'officials said' },
  ])
})

test('a span with a label the project does not have is listed with its file and line, the rest imported', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE, EMOJI])
  const vietnameseId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  const emojiId = await docIdOf(project.dir, 'emoji-astral.txt')
  const vietnamese = await readDocumentText(project.dir, vietnameseId)
  const emoji = await readDocumentText(project.dir, emojiId)
  const file = await writeDoccano('with-unknown-label.jsonl', [
    { text: emoji, label: [doccanoLabel(emoji, EMOJI_PHRASE, 'Claim')] },
    {
      text: vietnamese,
      label: [
        doccanoLabel(vietnamese, STATISTIC, 'Statistic'),
        doccanoLabel(vietnamese, COMMITMENT, 'Quote'),
      ],
    },
  ])

  await app.chooseMenu('Import annotations…')
  const dialog = new ImportAnnotationsPage(page)
  await dialog.format.selectOption('doccano')
  await dialog.layer('Another annotator').check()
  await dialog.annotatorName.fill('minh')
  await dialog.chooseFiles(file)
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.screenshot({ path: 'test-results/screenshots/import-annotations-dialog.png' })
  await dialog.run()

  await expect(dialog.counts).toHaveText([
    '2 documents matched',
    '0 documents added',
    '2 spans imported',
    '1 span skipped',
  ])
  await expect(dialog.layers).toHaveText('Written to the annotations of minh.')
  // The analyst sees only their own layer: the summary says where minh's spans are.
  await expect(dialog.summary).toContainText(
    `Gloss shows your own annotations (${project.annotator}).`,
  )
  await expect(dialog.problems).toHaveCount(1)
  await expect(dialog.problems).toContainText('with-unknown-label.jsonl')
  await expect(dialog.problems).toContainText(/line 2\b/)
  await expect(dialog.problems).toContainText('Quote')
  await page.screenshot({ path: 'test-results/screenshots/import-annotations-summary.png' })

  expect(await spansOnDisk(project.dir, 'minh', vietnameseId)).toEqual([
    { label: 'statistic', text: STATISTIC, sliced: STATISTIC },
  ])
  expect(await spansOnDisk(project.dir, 'minh', emojiId)).toEqual([
    { label: 'claim', text: EMOJI_PHRASE, sliced: EMOJI_PHRASE },
  ])
  // Minh's layer, not the analyst's: nothing was written for them.
  expect(await readAnnotationFile(project.dir, project.annotator, vietnameseId)).toBeNull()
})

test('a brat export, unzipped, imports back through the folder chooser with the same spans', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE, EMOJI])
  await app.openDocument(/Hà Nội/)
  await app.label(COMMITMENT, '1')
  await app.selectedSpan.getByRole('textbox', { name: 'Note' }).fill('the minister speaking')
  await page.keyboard.press('Enter')
  await app.label(STATISTIC, '2')
  await app.openDocument(/Harbour festival/)
  await app.label(EMOJI_PHRASE, '3')
  await app.expectSaved()

  await app.chooseMenu('Export…')
  const exportDialog = new ExportDialogPage(page)
  await exportDialog.format.selectOption('brat')
  const zip = await exportDialog.exportAndDownload()
  await exportDialog.root.getByRole('button', { name: 'Close' }).last().click()
  for (const [name, bytes] of Object.entries(unzipSync(await readFile(await zip.path())))) {
    await mkdir(dirname(join(scratch, name)), { recursive: true })
    await writeFile(join(scratch, name), bytes)
  }

  await app.chooseMenu('Import annotations…')
  const dialog = new ImportAnnotationsPage(page)
  await dialog.format.selectOption('brat')
  await dialog.layer('Another annotator').check()
  await dialog.annotatorName.fill('minh')
  await dialog.chooseFiles(join(scratch, 'project-brat'))
  await dialog.run()

  await expect(dialog.counts).toHaveText([
    '2 documents matched',
    '0 documents added',
    '3 spans imported',
    '0 spans skipped',
  ])
  for (const source of ['vietnamese-nfc.txt', 'emoji-astral.txt']) {
    const docId = await docIdOf(project.dir, source)
    expect(await spansOnDisk(project.dir, 'minh', docId)).toEqual(
      await spansOnDisk(project.dir, project.annotator, docId),
    )
  }
})
