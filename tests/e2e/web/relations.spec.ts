import { expect, test } from '../fixtures'
import { ExportDialogPage } from '../pages/export-dialog-page'
import { RelationsPage } from '../pages/relations-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { exportBrat } from '../support/brat-download'
import { readAnnotationFile } from '../support/project-files'
import { docIdOf, EMOJI, VIETNAMESE } from './support/articles'

const COMMITMENT = 'chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn'
const STATISTIC = '12.500 hộ dân'
// Quoted in the bar and the list cut at 40 characters.
const COMMITMENT_QUOTED = 'chính phủ sẽ tăng cường chia sẻ dữ liệu …'

/** The relations on disk as `type: from text → to text`. */
async function relationsOnDisk(dir: string, annotator: string, docId: string): Promise<string[]> {
  const file = await readAnnotationFile(dir, annotator, docId)
  const text = (id: string) => file?.spans.find((span) => span.id === id)?.text
  return (file?.relations ?? []).map((r) => `${r.type}: ${text(r.from)} → ${text(r.to)}`)
}

test.beforeEach(async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await page.setViewportSize({ width: 1400, height: 820 })
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE, EMOJI])
  await app.openDocument(/Hà Nội/)
  await app.label(COMMITMENT, '1')
  // The new Statistic stays selected: the relation starts at it.
  await app.label(STATISTIC, '2')
  await app.expectSaved()
})

test('R and a click on the other span and its type draw a relation, listed, saved, undoable', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const relations = new RelationsPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')

  await page.keyboard.press('r')
  await expect(relations.bar).toContainText(`Relation from '${STATISTIC}'`)
  await app.clickPhrase(COMMITMENT)
  await relations.type('made by').click()

  await expect(relations.bar).toBeHidden()
  await expect(relations.arcs).toHaveCount(1)
  await expect(relations.arcs).toHaveText('made by')
  await expect(relations.rows).toHaveText([`→ made by: '${COMMITMENT_QUOTED}'×`])
  await page.screenshot({ path: 'test-results/screenshots/relation-arc.png' })
  await expect
    .poll(() => relationsOnDisk(project.dir, project.annotator, docId))
    .toEqual([`made-by: ${STATISTIC} → ${COMMITMENT}`])

  await page.keyboard.press('Control+z')
  await expect(relations.rows).toHaveCount(0)
  await expect.poll(() => relationsOnDisk(project.dir, project.annotator, docId)).toEqual([])
  await page.keyboard.press('Control+Shift+z')
  await expect(relations.rows).toHaveCount(1)
  await expect
    .poll(() => relationsOnDisk(project.dir, project.annotator, docId))
    .toEqual([`made-by: ${STATISTIC} → ${COMMITMENT}`])

  // The list's entry selects the other end, whose relation reads the other way.
  await relations.rows
    .getByRole('button', { name: /made by/ })
    .first()
    .click()
  await expect(app.selectedSpan.locator('blockquote')).toHaveText(COMMITMENT)
  await expect(relations.rows).toHaveText([`← made by: '${STATISTIC}'×`])
})

test('the keyboard alone draws a relation (arrows, Enter, a digit) and Delete removes it', async ({
  page,
  project,
}) => {
  const relations = new RelationsPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')

  await page.keyboard.press('r')
  await page.keyboard.press('ArrowLeft')
  await expect(relations.bar).toContainText(`(now '${COMMITMENT_QUOTED}')`)
  await page.keyboard.press('Enter')
  await expect(relations.type('quantifies')).toBeVisible()
  await page.keyboard.press('3')

  await expect(relations.rows).toHaveText([`→ quantifies: '${COMMITMENT_QUOTED}'×`])
  await expect
    .poll(() => relationsOnDisk(project.dir, project.annotator, docId))
    .toEqual([`quantifies: ${STATISTIC} → ${COMMITMENT}`])

  await relations.rows
    .getByRole('button', { name: /quantifies/ })
    .first()
    .focus()
  await page.keyboard.press('Delete')
  await expect(relations.rows).toHaveCount(0)
  await expect.poll(() => relationsOnDisk(project.dir, project.annotator, docId)).toEqual([])
})

test('Escape cancels a relation being drawn', async ({ page }) => {
  const relations = new RelationsPage(page)
  await page.keyboard.press('r')
  await expect(relations.bar).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(relations.bar).toBeHidden()
  await expect(relations.rows).toHaveCount(0)
})

test('the brat export writes the relation as an R line between the two T lines', async ({
  page,
}) => {
  const app = new WorkbenchPage(page)
  await page.keyboard.press('r')
  await app.clickPhrase(COMMITMENT)
  await new RelationsPage(page).type('supports').click()
  await app.expectSaved()

  await app.chooseMenu('Export…')
  const { entries, annLines: lines } = await exportBrat(new ExportDialogPage(page))
  expect(lines.filter((line) => /^[TR]\d/.test(line)).map((line) => line.split('\t')[0])).toEqual([
    'T1',
    'T2',
    'R1',
  ])
  expect(lines).toContain('R1\tsupports Arg1:T2 Arg2:T1')
  const conf = new TextDecoder().decode(entries['project-brat/annotation.conf'])
  expect(conf).toContain('\nmade_by\tArg1:<ENTITY>, Arg2:<ENTITY>\n')
})
