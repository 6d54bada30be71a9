import { expect, test } from '../fixtures'
import { SearchDialogPage } from '../pages/search-dialog-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { docIdOf, EMOJI, spansOnDisk, VIETNAMESE } from './support/articles'

const STATISTIC = '12.500 hộ dân'

test.beforeEach(async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await page.setViewportSize({ width: 1400, height: 820 })
  await app.importAndClose([VIETNAMESE, EMOJI])
  await app.openDocument(/Hà Nội/)
  await app.label(STATISTIC, '2')
  await app.expectSaved()
  // The results open another document than the one on screen.
  await app.openDocument(/Harbour festival/)
})

test('Ctrl+Shift+F finds a phrase across the project; Enter opens it with the match selected', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const search = new SearchDialogPage(page)

  await search.search('dữ liệu')

  await expect(search.summary).toHaveText('2 results in 1 document.')
  await expect(search.documents).toHaveText([/^Hà Nội cam kết/])
  await expect(search.results).toHaveText([
    'Hà Nội cam kết tăng cường hợp tác về dữ liệu sông Mê Kông',
    '…Lan cho biết chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn với các nước láng giềng. Theo báo…',
  ])
  await search.field.press('ArrowDown')
  await expect(search.current).toHaveText(/chia sẻ dữ liệu thủy văn/)
  await page.screenshot({ path: 'test-results/screenshots/project-search-results.png' })

  await search.field.press('Enter')

  await expect(search.root).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: /Hà Nội/ })).toBeVisible()
  // The match is the selection: a label key tags exactly it.
  await expect(app.palette).toBeVisible()
  await page.keyboard.press('3')
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  await expect
    .poll(async () =>
      (await spansOnDisk(project.dir, project.annotator, docId)).map((s) => s.sliced),
    )
    .toEqual(['dữ liệu', STATISTIC])
})

test('label: finds spans; Enter opens the document with the span selected', async ({ page }) => {
  const app = new WorkbenchPage(page)
  const search = new SearchDialogPage(page)

  await search.search('label:statistic')

  await expect(search.summary).toHaveText('1 result in 1 document.')
  await expect(search.results).toHaveText([/12\.500 hộ dân.*Statistic · /])
  await page.keyboard.press('Enter')

  await expect(search.root).toBeHidden()
  await expect(app.selectedSpan).toBeVisible()
  await expect(app.selectedSpan).toContainText(STATISTIC)
})

test('a query Gloss cannot read says why and does not search', async ({ page }) => {
  const search = new SearchDialogPage(page)
  await page.keyboard.press('Control+Shift+F')
  await search.field.fill('status:finished')
  await expect(search.root.getByRole('alert')).toHaveText(
    'There is no status "finished": use status:todo, status:in-progress or status:done.',
  )
  await expect(search.root.getByRole('button', { name: 'Search', exact: true })).toBeDisabled()
})
