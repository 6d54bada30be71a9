import { readAnnotationFile } from '../support/project-files'
import { docIdOf, EMOJI, spansOnDisk, VIETNAMESE } from './support/articles'
import { expect, test } from '../fixtures'
import { WorkbenchPage } from '../pages/workbench-page'

const TITLE = 'Hà Nội cam kết tăng cường hợp tác về dữ liệu sông Mê Kông'
const COMMITMENT = 'chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn'
const CLAIM = 'tăng cường chia sẻ dữ liệu thủy văn với các nước láng giềng'
const STATISTIC = '12.500 hộ dân'

test.beforeEach(async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE, EMOJI])
  await app.openDocument(TITLE)
})

test('a mouse drag over a phrase and key 1 save a Commitment whose offsets slice out exactly that phrase', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')

  await app.label(COMMITMENT, '1')

  await expect(app.highlightsOf('commitment').first()).toBeVisible()
  await app.expectSaved()
  await expect
    .poll(() => spansOnDisk(project.dir, project.annotator, docId))
    .toEqual([{ label: 'commitment', text: COMMITMENT, sliced: COMMITMENT }])
  await expect(app.documentItem(TITLE)).toContainText('1 span')
})

test('a drag that starts and ends mid-word snaps outward to whole words', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')

  // "hộ dân" is dragged from inside "12.500" ("500 hộ dâ"): the span is the whole words.
  await app.label('500 hộ dâ', '2')

  await expect
    .poll(() => spansOnDisk(project.dir, project.annotator, docId))
    .toEqual([{ label: 'statistic', text: STATISTIC, sliced: STATISTIC }])
})

test('a label picked in the floating palette labels the selection', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')

  await page.setViewportSize({ width: 1400, height: 820 })
  await app.dragOver(STATISTIC)
  await page.screenshot({ path: 'test-results/screenshots/label-palette.png' })
  await app.palette.getByRole('button', { name: /Claim/ }).click()

  await expect(app.palette).toBeHidden()
  await expect(app.highlightsOf('claim').first()).toBeVisible()
  await expect
    .poll(() => spansOnDisk(project.dir, project.annotator, docId))
    .toEqual([{ label: 'claim', text: STATISTIC, sliced: STATISTIC }])
})

test('an Alt-drag keeps the exact characters', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')

  await app.dragOver('500 hộ dâ', { alt: true })
  await page.keyboard.press('2')

  await expect
    .poll(() => spansOnDisk(project.dir, project.annotator, docId))
    .toEqual([{ label: 'statistic', text: '500 hộ dâ', sliced: '500 hộ dâ' }])
})

test('overlapping and nested spans are all saved and painted apart, each in its colour', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')

  await app.label(COMMITMENT, '1')
  await app.label(CLAIM, '3')
  await app.label('Theo báo cáo, 12.500 hộ dân đã được hỗ trợ trong năm qua', '3')
  await app.label(STATISTIC, '2')

  await expect
    .poll(async () =>
      (await spansOnDisk(project.dir, project.annotator, docId)).map((s) => s.sliced).sort(),
    )
    .toEqual(
      [
        CLAIM,
        'Theo báo cáo, 12.500 hộ dân đã được hỗ trợ trong năm qua',
        STATISTIC,
        COMMITMENT,
      ].sort(),
    )
  await expect(app.spans.getByRole('listitem')).toHaveCount(4)
  // The overlap is painted twice (two layers), and the nested statistic gets its own underline row.
  await expect(app.highlightsOf('commitment').first()).toBeVisible()
  await expect(app.highlightsOf('claim').first()).toBeVisible()
  await expect(app.highlightsOf('statistic').first()).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(app.selectedSpan).toBeHidden()
  await page.setViewportSize({ width: 1400, height: 820 })
  await page.screenshot({ path: 'test-results/screenshots/annotate-overlapping-spans.png' })
})

test('clicking a highlight selects the innermost span; clicking again selects the one around it', async ({
  page,
}) => {
  const app = new WorkbenchPage(page)
  await app.label('Theo báo cáo, 12.500 hộ dân đã được hỗ trợ trong năm qua', '3')
  await app.label(STATISTIC, '2')
  await page.keyboard.press('Escape')
  await expect(app.selectedSpan).toBeHidden()

  await app.clickPhrase('hộ dân')
  await expect(app.selectedSpan.getByRole('radio', { name: /Statistic/ })).toBeChecked()
  await expect(app.selectedSpan).toContainText(STATISTIC)

  await app.clickPhrase('hộ dân')
  await expect(app.selectedSpan.getByRole('radio', { name: /Claim/ })).toBeChecked()
  await expect(app.selectedSpan).toContainText('Theo báo cáo')
})

test('undo and redo are saved to disk like any edit', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  const onDisk = () => spansOnDisk(project.dir, project.annotator, docId)
  await app.label(COMMITMENT, '1')
  await app.label(STATISTIC, '2')
  await expect.poll(async () => (await onDisk()).length).toBe(2)

  await page.keyboard.press('Control+z')
  await expect.poll(onDisk).toEqual([{ label: 'commitment', text: COMMITMENT, sliced: COMMITMENT }])
  await expect(app.highlightsOf('statistic')).toHaveCount(0)

  await page.keyboard.press('Control+z')
  await expect.poll(onDisk).toEqual([])
  await expect(app.highlights).toHaveCount(0)

  await page.keyboard.press('Control+Shift+z')
  await expect.poll(onDisk).toEqual([{ label: 'commitment', text: COMMITMENT, sliced: COMMITMENT }])

  await page.keyboard.press('Control+y')
  await expect
    .poll(async () => (await onDisk()).map((span) => span.sliced))
    .toEqual([COMMITMENT, STATISTIC])
  await expect(app.highlightsOf('statistic').first()).toBeVisible()
})

test('the selected span can be relabelled, noted and deleted', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  const onDisk = () => spansOnDisk(project.dir, project.annotator, docId)
  await app.label(COMMITMENT, '1')

  await app.selectedSpan.getByRole('radio', { name: /Claim/ }).click()
  await expect.poll(async () => (await onDisk())[0]?.label).toBe('claim')

  await app.selectedSpan.getByRole('textbox', { name: 'Note' }).fill('minister, not the ministry')
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await onDisk())[0]?.note).toBe('minister, not the ministry')
  await expect(app.spans).toContainText('minister, not the ministry')

  // Typing in the note is typing, not a label key.
  await page.keyboard.type(' 2')
  await app.selectedSpan.getByRole('textbox', { name: 'Note' }).blur()
  await expect.poll(async () => (await onDisk())[0]?.note).toBe('minister, not the ministry 2')
  await expect.poll(async () => (await onDisk())[0]?.label).toBe('claim')

  await app.clickPhrase('thủy văn')
  await page.keyboard.press('2')
  await expect.poll(async () => (await onDisk())[0]?.label).toBe('statistic')

  await page.keyboard.press('Delete')
  await expect.poll(onDisk).toEqual([])
  await expect(app.highlights).toHaveCount(0)
})

test('after a reload (even without the token in the address) every span is still there', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await app.label(COMMITMENT, '1')
  await app.label(STATISTIC, '2')
  await app.expectSaved()

  await page.goto(new URL(project.url).origin + '/')

  await app.openDocument(TITLE)
  await expect(app.spans.getByRole('listitem')).toHaveCount(2)
  await expect(app.highlightsOf('commitment').first()).toBeVisible()
  await expect(app.highlightsOf('statistic').first()).toBeVisible()
})

test('Ctrl+Enter marks the document done on disk and in the list, and again back to in progress', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  await expect(app.progress).toHaveText('0 / 2 done')

  await app.textView.click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+Enter')

  await expect(app.documentItem(TITLE)).toContainText('done')
  await expect(app.docStatus).toHaveText('done')
  await expect(app.progress).toHaveText('1 / 2 done')
  await expect
    .poll(async () => (await readAnnotationFile(project.dir, project.annotator, docId))?.status)
    .toBe('done')

  await page.keyboard.press('Control+Enter')
  await expect(app.docStatus).toHaveText('in progress')
  await expect
    .poll(async () => (await readAnnotationFile(project.dir, project.annotator, docId))?.status)
    .toBe('in-progress')
})

test('J and K move to the next and previous document; the filter narrows the list', async ({
  page,
}) => {
  const app = new WorkbenchPage(page)
  await app.openDocument(TITLE)
  const titles = await app.documents.getByRole('option').allTextContents()
  const index = titles.findIndex((text) => text.startsWith(TITLE))
  const other = index === 0 ? 'j' : 'k'

  await page.keyboard.press(other)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Harbour festival/)
  await page.keyboard.press(other === 'j' ? 'k' : 'j')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)

  await page.keyboard.press('Control+Enter')
  await page.getByRole('radio', { name: 'Done' }).click()
  await expect(app.documents.getByRole('option')).toHaveCount(1)
  await page.getByRole('radio', { name: 'To do' }).click()
  await expect(app.documents.getByRole('option')).toHaveText([/Harbour festival/])
})

test('emoji and other astral characters keep offsets exact', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'emoji-astral.txt')
  await app.openDocument(/Harbour festival/)
  const phrase = 'families travelled from 🇬🇧 and 🇫🇷'

  await app.label(phrase, '1')

  await expect
    .poll(() => spansOnDisk(project.dir, project.annotator, docId))
    .toEqual([{ label: 'commitment', text: phrase, sliced: phrase }])
})

test('Shift+arrows extend a keyboard selection that a label key turns into a span', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  await app.label(STATISTIC, '2')

  // From the selected span's end, Shift+Ctrl+Right twice takes the next two words.
  await app.textView.focus()
  await page.keyboard.press('Shift+Control+ArrowRight')
  await page.keyboard.press('Shift+Control+ArrowRight')
  await expect(app.palette).toBeVisible()
  await page.keyboard.press('3')

  await expect
    .poll(async () =>
      (await spansOnDisk(project.dir, project.annotator, docId)).map((s) => s.sliced),
    )
    .toEqual([STATISTIC, 'đã được'])
})
