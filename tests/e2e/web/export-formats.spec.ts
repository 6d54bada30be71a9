import { readFile } from 'node:fs/promises'

import { unzipSync } from 'fflate'

import { expect, test } from '../fixtures'
import { ExportDialogPage } from '../pages/export-dialog-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { readDocumentText } from '../support/project-files'
import { docIdOf, EMOJI, VIETNAMESE } from './support/articles'
import { codePointRange, csvCell, projectDocuments } from './support/expected-files'

const COMMITMENT = 'chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn'
const CLAIM = 'tăng cường chia sẻ dữ liệu thủy văn với các nước láng giềng'
const STATISTIC = '12.500 hộ dân'
const EMOJI_PHRASE = 'families travelled from 🇬🇧 and 🇫🇷'
// A comma and quotes: the CSV must quote the cell and double the quotes.
const NOTE = 'the minister, "speaking" for the cabinet'

// Keeps the exact bytes: a BOM at the start must stay visible to the assertions.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true })

test.beforeEach(async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE, EMOJI])
  await app.openDocument(/Hà Nội/)
  await app.label(COMMITMENT, '1')
  await app.selectedSpan.getByRole('textbox', { name: 'Note' }).fill(NOTE)
  await page.keyboard.press('Enter')
  await app.label(STATISTIC, '2')
  await app.openDocument(/Harbour festival/)
  await app.label(EMOJI_PHRASE, '3')
  await app.expectSaved()
})

test('CSV with the BOM for Excel downloads one row per span, quoted as RFC 4180 says', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const me = project.annotator
  await app.chooseMenu('Export…')
  const dialog = new ExportDialogPage(page)
  await dialog.format.selectOption('csv')
  await dialog.bom.check()

  const file = await dialog.exportAndDownload()

  expect(file.suggestedFilename()).toBe('project.csv')
  const [vietnamese, emoji] = await projectDocuments(project.dir)
  if (!vietnamese || !emoji) throw new Error('both articles should be in the project')
  const row = (doc: typeof vietnamese, phrase: string, label: string, note = '') => {
    const { start, end } = codePointRange(doc.text, phrase)
    const cells = [doc.id, doc.title, me, label, `${start}`, `${end}`, phrase, note]
    return `${cells.map(csvCell).join(',')}\r\n`
  }
  const bytes = await readFile(await file.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(utf8.decode(bytes)).toBe(
    '\uFEFFdoc_id,title,annotator,label,start,end,text,note\r\n' +
      row(vietnamese, COMMITMENT, 'Commitment', NOTE) +
      row(vietnamese, STATISTIC, 'Statistic') +
      row(emoji, EMOJI_PHRASE, 'Claim'),
  )
  await expect(dialog.result).toHaveText('Exported 2 documents and 3 spans to project.csv.')
  await expect(dialog.files).toHaveText(['project.csv'])
})

test('brat downloads as one zip: a .txt and .ann per document and annotation.conf', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await app.chooseMenu('Export…')
  const dialog = new ExportDialogPage(page)
  await dialog.format.selectOption('brat')
  await expect(dialog.offsets).toHaveValue('codepoints')

  const file = await dialog.exportAndDownload()

  expect(file.suggestedFilename()).toBe('project-brat.zip')
  const entries = unzipSync(new Uint8Array(await readFile(await file.path())))
  const docs = await projectDocuments(project.dir)
  const folder = 'project-brat'
  const expectedNames = [
    `${folder}/annotation.conf`,
    `${folder}/visual.conf`,
    ...docs.flatMap((doc) => [`${folder}/${doc.id}.ann`, `${folder}/${doc.id}.txt`]),
  ].sort()
  // The archive lists its files sorted, so the same export always gives the same zip.
  expect(Object.keys(entries)).toEqual(expectedNames)

  const vietnameseId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  const text = await readDocumentText(project.dir, vietnameseId)
  const at = (phrase: string) => {
    const { start, end } = codePointRange(text, phrase)
    return `${start} ${end}`
  }
  expect(utf8.decode(entries[`${folder}/${vietnameseId}.txt`])).toBe(text)
  expect(utf8.decode(entries[`${folder}/${vietnameseId}.ann`])).toBe(
    `T1\tCommitment ${at(COMMITMENT)}\t${COMMITMENT}\n` +
      `#1\tAnnotatorNotes T1\t${NOTE}\n` +
      `T2\tStatistic ${at(STATISTIC)}\t${STATISTIC}\n`,
  )
  const conf = utf8.decode(entries[`${folder}/annotation.conf`])
  expect(conf).toContain('# offsets: Unicode code points\n')
  expect(conf).toContain('[entities]\nCommitment\nStatistic\nClaim\n')

  await expect(dialog.result).toHaveText('Exported 2 documents and 3 spans to project-brat.zip.')
  await expect(dialog.files).toHaveText([
    'annotation.conf',
    'visual.conf',
    ...docs.flatMap((doc) => [`${doc.id}.txt`, `${doc.id}.ann`]),
  ])
})

test('doccano defaults to UTF-16 offsets, which slice the emoji article as JavaScript does', async ({
  page,
}) => {
  const app = new WorkbenchPage(page)
  await app.chooseMenu('Export…')
  const dialog = new ExportDialogPage(page)
  await dialog.format.selectOption('doccano')
  await expect(dialog.offsets).toHaveValue('utf16')
  await expect(dialog.offsets.locator('option:checked')).toHaveText(
    'UTF-16 code units (default for doccano)',
  )
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.screenshot({ path: 'test-results/screenshots/export-dialog.png' })

  const file = await dialog.exportAndDownload()

  expect(file.suggestedFilename()).toBe('project.doccano.jsonl')
  const lines = (await readFile(await file.path(), 'utf8'))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { text: string; label: [number, number, string][] })
  const emoji = lines.find((line) => line.text.startsWith('Harbour festival'))
  if (!emoji) throw new Error('the emoji article is not in the export')
  expect(emoji.label).toHaveLength(1)
  const [start, end, label] = emoji.label[0] ?? [0, 0, '']
  expect(label).toBe('Claim')
  expect(emoji.text.slice(start, end)).toBe(EMOJI_PHRASE)
  // The article has astral characters before the phrase: code points would count fewer.
  expect(codePointRange(emoji.text, EMOJI_PHRASE).start).toBeLessThan(start)
  await expect(dialog.offsetsSummary).toHaveText(
    'UTF-16 code units. JavaScript’s text.slice(start, end) and Java’s substring give each span’s text.',
  )
})

test('CoNLL shows progress while it runs, then warns about the overlapping span it dropped', async ({
  page,
}) => {
  const app = new WorkbenchPage(page)
  await app.openDocument(/Hà Nội/)
  await app.label(CLAIM, '3')
  await app.expectSaved()
  await app.chooseMenu('Export…')
  const dialog = new ExportDialogPage(page)
  await dialog.format.selectOption('conll')
  await expect(dialog.offsets).toBeDisabled()
  // The export is held back so the running state can be seen on a small project.
  let release = () => undefined as void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/exportDataset', async (route) => {
    await held
    await route.continue()
  })

  const download = page.waitForEvent('download')
  await dialog.exportButton.click()
  await expect(dialog.progress).toBeVisible()
  await expect(dialog.exportButton).toHaveText('Exporting…')
  await expect(dialog.exportButton).toBeDisabled()
  release()
  expect((await download).suggestedFilename()).toBe('project.conll')

  await expect(dialog.progress).toBeHidden()
  await expect(dialog.warnings).toHaveCount(1)
  await expect(dialog.warnings).toHaveText(/^1 span .*overlap/i)
  await expect(dialog.offsetsSummary).toHaveText('None: CoNLL lists one token per line.')
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.screenshot({ path: 'test-results/screenshots/export-summary-warnings.png' })
})
