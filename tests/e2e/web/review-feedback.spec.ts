import { expect, test } from '../fixtures'
import { ReviewPage } from '../pages/review-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { readCommentFile } from '../support/comment-files'
import { COMMITMENT, twoColleaguesInReview } from './support/review-setup'

let docId: string

test.beforeEach(async ({ page, project }) => {
  docId = await twoColleaguesInReview(page, project)
})

test('an annotator compares their spans with gold and sees what the reviewer changed', async ({
  page,
}) => {
  const app = new WorkbenchPage(page)
  const review = new ReviewPage(page)
  // dan's claim wins the label conflict, bob's longer claim the boundary conflict.
  await page.keyboard.press('2')
  await page.keyboard.press('1')
  await page.keyboard.press('a')
  await expect(review.settled).toHaveText('2 of 3 disagreements settled')
  await app.expectSaved()

  await app.switchAnnotator('bob')
  await page.getByRole('tab', { name: 'Annotate' }).click()
  await app.openDocument(/Hà Nội/)
  await page.getByRole('button', { name: 'Compare with gold' }).click()

  const compared = page.getByRole('region', { name: 'Compared with gold' })
  await expect(compared.getByRole('table', { name: 'Your score against gold' })).toContainText(
    'This document67%67%67%',
  )
  await expect(compared.getByRole('row', { name: /Commitment/ })).toHaveText('Commitment0%0%—')
  await expect(compared.getByRole('list', { name: 'Differences from gold' })).toHaveText(
    /Other label in gold\s*chính phủ.*yours: Commitment → gold: Claim/,
  )
  await expect(app.textView.locator('.hl-diff-relabelled')).not.toHaveCount(0)
  await expect(app.textView.locator('.hl-diff-relabelled').first()).toHaveAttribute(
    'data-tag',
    'gold: Claim',
  )
  await page.screenshot({ path: 'test-results/screenshots/compare-with-gold.png' })
})

test("a reviewer's comments on a disagreement and on a colleague's span reach that colleague", async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const review = new ReviewPage(page)
  const onDisagreement = review.card.getByRole('textbox', { name: 'New comment' }).last()
  await onDisagreement.fill('Is this a pledge or a claim? Check the guideline.')
  await onDisagreement.press('Control+Enter')
  await review.card.getByRole('button', { name: "Comment on bob's span" }).click()
  const onSpan = review.card.getByRole('textbox', { name: 'New comment' }).first()
  await onSpan.fill('"sẽ tăng cường" reads as a commitment to me too.')
  await onSpan.press('Control+Enter')

  await expect
    .poll(async () =>
      (await readCommentFile(project.dir, project.annotator, docId))?.entries
        .filter((entry) => entry.kind === 'thread')
        .map((entry) => (entry.kind === 'thread' ? entry.target.kind : '')),
    )
    .toEqual(['range', 'span'])

  await app.switchAnnotator('bob')
  await page.getByRole('tab', { name: 'Annotate' }).click()
  await app.openDocument(/Hà Nội/)
  await expect(page.getByTestId('doc-comments').getByRole('img')).toHaveAccessibleName(
    '2 comment threads open',
  )
  await expect(
    app.spans.getByRole('listitem').filter({ hasText: COMMITMENT }).getByRole('img'),
  ).toHaveAccessibleName('1 comment thread open')
  await expect(page.getByRole('region', { name: 'Other comments' })).toContainText(
    'Is this a pledge or a claim? Check the guideline.',
  )
})
