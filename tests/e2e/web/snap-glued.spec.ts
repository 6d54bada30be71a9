import { article, docIdOf, spansOnDisk } from './support/articles'
import { expect, test } from '../fixtures'
import { WorkbenchPage } from '../pages/workbench-page'

const GLUED = article('glued-sentences.txt')
const TITLE = 'Vietnam and Japan mark 51 years of ties'

test.beforeEach(async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([GLUED])
  await app.openDocument(TITLE)
})

test('a drag ending inside a word glued to the next sentence stops at its full stop', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'glued-sentences.txt')

  await page.setViewportSize({ width: 1400, height: 820 })
  // The text reads "... diplomatic relations.Apart from trade"; the drag ends inside "relations".
  await app.dragOver('51 years of diplomatic relati')
  await page.screenshot({ path: 'test-results/screenshots/snap-glued-sentence.png' })
  await page.keyboard.press('2')

  await expect
    .poll(() => spansOnDisk(project.dir, project.annotator, docId))
    .toEqual([
      {
        label: 'statistic',
        text: '51 years of diplomatic relations',
        sliced: '51 years of diplomatic relations',
      },
    ])
})

test('a drag starting on the "(" of "(VNA)" keeps both brackets', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'glued-sentences.txt')

  await app.label('(VNA) Vietnam', '1')

  await expect
    .poll(() => spansOnDisk(project.dir, project.annotator, docId))
    .toEqual([{ label: 'commitment', text: '(VNA) Vietnam', sliced: '(VNA) Vietnam' }])
})
