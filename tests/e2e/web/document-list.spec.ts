import { expect, test } from '../fixtures'
import { DocumentListPage } from '../pages/document-list-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { readIndex } from '../support/project-files'
import { article, docIdOf, EMOJI, VIETNAMESE } from './support/articles'

const VIETNAMESE_TITLE = 'Hà Nội cam kết tăng cường hợp tác về dữ liệu sông Mê Kông'
const EMOJI_TITLE = 'Harbour festival draws record crowds 🎉'
const COUNCIL_TITLE = 'Council pledges new bus routes'

test.beforeEach(async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await page.setViewportSize({ width: 1400, height: 820 })
  await app.open(project.url)
  // One at a time, so the three are added in this order.
  await app.importAndClose([VIETNAMESE])
  await app.importAndClose([EMOJI])
  await app.importAndClose([article('crlf-line-endings.txt')])
  // Two spans on the festival, one on the council.
  await app.openDocument(EMOJI_TITLE)
  await app.label('families', '2')
  await app.label('Volunteers', '3')
  await app.openDocument(COUNCIL_TITLE)
  await app.label('14 bus routes', '2')
  await app.expectSaved()
})

test('sorts the list by title, span count and date added, either way', async ({ page }) => {
  const list = new DocumentListPage(page)
  await list.expectTitles([VIETNAMESE_TITLE, EMOJI_TITLE, COUNCIL_TITLE])

  await list.sortBy.selectOption({ label: 'Title' })
  // "Hà Nội" before "Harbour": accents aside, the space comes before the r.
  await list.expectTitles([COUNCIL_TITLE, VIETNAMESE_TITLE, EMOJI_TITLE])
  await list.direction('A to Z').click()
  await list.expectTitles([EMOJI_TITLE, VIETNAMESE_TITLE, COUNCIL_TITLE])

  await list.sortBy.selectOption({ label: 'Span count' })
  await expect(list.direction('Most first')).toBeVisible()
  await list.expectTitles([EMOJI_TITLE, COUNCIL_TITLE, VIETNAMESE_TITLE])

  await list.sortBy.selectOption({ label: 'Date added' })
  await list.expectTitles([COUNCIL_TITLE, EMOJI_TITLE, VIETNAMESE_TITLE])
  await list.direction('Newest first').click()
  await list.expectTitles([VIETNAMESE_TITLE, EMOJI_TITLE, COUNCIL_TITLE])
})

test('filters by label present, together with the status filter, and follows new spans', async ({
  page,
}) => {
  const app = new WorkbenchPage(page)
  const list = new DocumentListPage(page)

  await list.labelFilter.selectOption({ label: 'With Statistic' })
  await list.expectTitles([EMOJI_TITLE, COUNCIL_TITLE])
  await list.labelFilter.selectOption({ label: 'With Claim' })
  await list.expectTitles([EMOJI_TITLE])

  // The council is open: a claim tagged there puts it in the list at once.
  await app.label('Ridership rose 8% last year', '3')
  await list.expectTitles([EMOJI_TITLE, COUNCIL_TITLE])
  await page.screenshot({ path: 'test-results/screenshots/document-list-filtered.png' })

  await list.statusFilter('Done').click()
  await expect(list.titles).toHaveCount(0)
  await expect(
    page.getByText('No documents with this status and a span of this label.'),
  ).toBeVisible()
  await list.statusFilter('All').click()
  await list.labelFilter.selectOption({ label: 'Any label' })
  await list.expectTitles([VIETNAMESE_TITLE, EMOJI_TITLE, COUNCIL_TITLE])
})

test('renames a document with the keyboard: saved in the index, shown in the list and the header', async ({
  page,
  project,
}) => {
  const list = new DocumentListPage(page)
  const docId = await docIdOf(project.dir, 'crlf-line-endings.txt')
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(COUNCIL_TITLE)

  await list.list.focus()
  await page.keyboard.press('F2')
  await expect(list.titleField).toBeFocused()
  await expect(list.titleField).toHaveValue(COUNCIL_TITLE)
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: 'A title cannot be empty' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/document-list-rename-refused.png' })
  await page.keyboard.type('  Council adds 14 bus routes by March  ')
  await page.screenshot({ path: 'test-results/screenshots/document-list-rename.png' })
  await page.keyboard.press('Enter')

  await expect(list.titleField).toBeHidden()
  await expect(list.list).toBeFocused()
  await expect(heading).toHaveText('Council adds 14 bus routes by March')
  await expect(list.titles).toHaveText([
    VIETNAMESE_TITLE,
    EMOJI_TITLE,
    'Council adds 14 bus routes by March',
  ])
  await expect
    .poll(
      async () => (await readIndex(project.dir))?.documents.find((doc) => doc.id === docId)?.title,
    )
    .toBe('Council adds 14 bus routes by March')
})

test('Esc leaves the title as it was; a double-click opens it for editing too', async ({
  page,
  project,
}) => {
  const list = new DocumentListPage(page)

  await list.titles.filter({ hasText: EMOJI_TITLE }).dblclick()
  await expect(list.titleField).toBeFocused()
  await page.keyboard.type('Something else')
  await page.keyboard.press('Escape')

  await expect(list.titleField).toBeHidden()
  await list.expectTitles([VIETNAMESE_TITLE, EMOJI_TITLE, COUNCIL_TITLE])
  const titles = (await readIndex(project.dir))?.documents.map((doc) => doc.title)
  expect(titles).toEqual([VIETNAMESE_TITLE, EMOJI_TITLE, COUNCIL_TITLE])
})
