import { expect, test } from '../fixtures'
import { RelationReviewPage } from '../pages/relation-review-page'
import { ReviewPage } from '../pages/review-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { readAnnotationFile } from '../support/project-files'
import { VIETNAMESE } from './support/articles'
import { writeLayer, type Link, type Tag } from './support/layers'
import { COMMITMENT, PERCENT, STATISTIC } from './support/review-setup'

// The same three spans in both layers; both say the figure supports the pledge, only dan
// says the percentage quantifies it.
const TAGS: readonly Tag[] = [
  [COMMITMENT, 'commitment'],
  [STATISTIC, 'statistic'],
  [PERCENT, 'statistic'],
]
const AGREED: Link = [1, 0, 'supports']
const DANS_OWN: Link = [2, 0, 'quantifies']
// The relation list quotes an end of more than 40 characters cut at 39 and an ellipsis.
const PLEDGE = 'chính phủ sẽ tăng cường chia sẻ dữ liệu…'
const ACCEPT_AGREED = `Accept relation “${STATISTIC}” supports “${PLEDGE}”`
const ACCEPT_DANS = `Accept relation “${PERCENT}” quantifies “${PLEDGE}”`

let docId: string

test.beforeEach(async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await page.setViewportSize({ width: 1400, height: 900 })
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE])
  docId = await writeLayer(project.dir, 'bob', 'vietnamese-nfc.txt', TAGS, [AGREED])
  await writeLayer(project.dir, 'dan', 'vietnamese-nfc.txt', TAGS, [AGREED, DANS_OWN])
  const review = new ReviewPage(page)
  await review.tab.click()
  await expect(review.tab).toHaveAttribute('aria-selected', 'true')
  await expect(new RelationReviewPage(page).section).toBeVisible()
})

/** The gold file's relations on disk as `from text type to text`. */
async function goldRelationsOnDisk(dir: string): Promise<string[]> {
  const file = await readAnnotationFile(dir, '_gold', docId)
  const text = (id: string) => file?.spans.find((span) => span.id === id)?.text
  return (file?.relations ?? []).map((r) => `${text(r.from)} ${r.type} ${text(r.to)}`)
}

test('the Relations section counts one agreed and one missing relation, each with who drew it', async ({
  page,
}) => {
  const relations = new RelationReviewPage(page)

  await expect(relations.heading).toHaveText('Relations 1 agreed · 1 missing')
  await expect(relations.rows).toHaveText([
    `“${STATISTIC}” supports “${PLEDGE}”agreedBODAAcceptAccept "${STATISTIC}" into gold first.`,
    `“${PERCENT}” quantifies “${PLEDGE}”missingDAAcceptAccept "${PERCENT}" into gold first.`,
  ])
  await expect(relations.accept(ACCEPT_DANS)).toHaveAttribute('aria-disabled', 'true')
  await page
    .getByRole('complementary', { name: 'Disagreements and gold' })
    .screenshot({ path: 'test-results/screenshots/review-relations.png' })
})

test('with the spans accepted one by one, Accept on the missing relation writes exactly it to gold', async ({
  page,
  project,
}) => {
  const review = new ReviewPage(page)
  const relations = new RelationReviewPage(page)
  await review.filter(/^Agreed/).click()
  for (const quote of [COMMITMENT, PERCENT]) {
    await review.list.getByRole('button', { name: new RegExp(quote) }).click()
    await expect(review.card).toBeVisible()
    await page.keyboard.press('1')
  }
  await expect(relations.accept(ACCEPT_DANS)).toHaveAttribute('aria-disabled', 'false')
  // The figure is not in gold: the agreed relation cannot be accepted yet, and says why.
  await expect(relations.accept(ACCEPT_AGREED)).toHaveAttribute('aria-disabled', 'true')
  await expect(relations.rows.first()).toContainText(`Accept "${STATISTIC}" into gold first.`)

  await relations.accept(ACCEPT_DANS).click()

  await expect(relations.accept(ACCEPT_DANS)).toHaveText('In gold')
  await expect
    .poll(() => goldRelationsOnDisk(project.dir))
    .toEqual([`${PERCENT} quantifies ${COMMITMENT}`])
})

test('Accept agreed (A) takes the agreed spans and the agreed relation, not the missing one', async ({
  page,
  project,
}) => {
  const relations = new RelationReviewPage(page)

  await page.keyboard.press('a')

  await expect(relations.accept(ACCEPT_AGREED)).toHaveText('In gold')
  await expect(relations.accept(ACCEPT_DANS)).toHaveText('Accept')
  await expect
    .poll(() => goldRelationsOnDisk(project.dir))
    .toEqual([`${STATISTIC} supports ${COMMITMENT}`])
})

test('R and Shift+R move through the relation rows, and Enter accepts the one in focus', async ({
  page,
  project,
}) => {
  const relations = new RelationReviewPage(page)
  await page.keyboard.press('a')
  await expect(relations.accept(ACCEPT_AGREED)).toHaveText('In gold')

  await page.keyboard.press('r')
  await expect(relations.accept(ACCEPT_AGREED)).toBeFocused()
  await page.keyboard.press('r')
  await expect(relations.accept(ACCEPT_DANS)).toBeFocused()
  await page.keyboard.press('Shift+R')
  await expect(relations.accept(ACCEPT_AGREED)).toBeFocused()
  await page.keyboard.press('r')
  await page.keyboard.press('Enter')

  await expect(relations.accept(ACCEPT_DANS)).toHaveText('In gold')
  await expect
    .poll(() => goldRelationsOnDisk(project.dir))
    .toEqual([`${STATISTIC} supports ${COMMITMENT}`, `${PERCENT} quantifies ${COMMITMENT}`])
})
