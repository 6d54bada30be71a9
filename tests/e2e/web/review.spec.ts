import { readFile } from 'node:fs/promises'

import { expect, test } from '../fixtures'
import { worstBoxOffset } from '../pages/box-alignment'
import { ExportDialogPage } from '../pages/export-dialog-page'
import { ReviewPage } from '../pages/review-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { readAnnotationFile } from '../support/project-files'
import { writeLayer } from './support/layers'
import {
  COMMITMENT,
  LONG_CLAIM,
  PERCENT,
  SHORT_CLAIM,
  STATISTIC,
  twoColleaguesInReview,
} from './support/review-setup'

let docId: string

test.beforeEach(async ({ page, project }) => {
  docId = await twoColleaguesInReview(page, project)
})

const goldOnDisk = async (dir: string) => {
  const file = await readAnnotationFile(dir, '_gold', docId)
  return {
    status: file?.status,
    spans: (file?.spans ?? []).map((span) => [span.label, span.text, span.review?.from]),
    decisions: (file?.decisions ?? []).map((d) => [d.label, d.end - d.start, d.verdict]),
  }
}

test('both colleagues’ spans show on one text and every disagreement is listed by kind', async ({
  page,
}) => {
  const review = new ReviewPage(page)

  await expect(review.list.getByRole('listitem')).toHaveText([
    /Label conflict\s*chính phủ sẽ tăng cường/,
    /Boundary conflict\s*Theo báo cáo, 12\.500 hộ dân/,
    /Missing\s*3,5%/,
  ])
  await expect(review.settled).toHaveText('0 of 3 disagreements settled')
  await expect(review.filter(/^Agreed/)).toHaveText('Agreed 1')
  await expect(review.kind).toHaveText('Label conflict')
  await expect(review.card.getByRole('listitem')).toHaveText([
    /1\s*BO\s*bob.*Commitment\s*chính phủ/,
    /2\s*DA\s*dan.*Claim\s*chính phủ/,
  ])
  // Every annotator's span is on its own lane: bob's three, dan's four.
  const laneSpans = (annotator: string) =>
    page
      .locator(`.hl-lane[data-span-id^="${annotator}/"]`)
      .evaluateAll((boxes) => new Set(boxes.map((box) => box.getAttribute('data-span-id'))).size)
  await expect.poll(() => laneSpans('bob')).toBe(3)
  await expect.poll(() => laneSpans('dan')).toBe(4)
  await page.screenshot({ path: 'test-results/screenshots/review.png' })
})

test('each lane stays under its words when the gold lane is hidden and shown again', async ({
  page,
}) => {
  const review = new ReviewPage(page)
  const view = page.getByTestId('text-view')
  await expect(review.card).toBeVisible()
  await expect.poll(() => view.locator('.hl-lane').count()).toBeGreaterThan(0)
  expect(await worstBoxOffset(view, '.hl-lane')).toBeLessThan(1)

  // One lane fewer: the lines get shorter, and every box must follow its text up.
  const toggle = page.getByRole('checkbox', { name: 'Show gold' })
  await toggle.uncheck()
  await expect.poll(() => worstBoxOffset(view, '.hl-lane')).toBeLessThan(1)
  await toggle.check()
  await expect.poll(() => worstBoxOffset(view, '.hl-lane')).toBeLessThan(1)
})

test('N and P step through the disagreements; a number accepts that version and X rejects one', async ({
  page,
  project,
}) => {
  const review = new ReviewPage(page)

  await page.keyboard.press('n')
  await expect(review.kind).toHaveText('Boundary conflict')
  await page.keyboard.press('p')
  await expect(review.kind).toHaveText('Label conflict')
  await page.keyboard.press('2')
  // Accepting moves on to the next open disagreement.
  await expect(review.kind).toHaveText('Boundary conflict')
  await page.keyboard.press('1')
  await expect(review.kind).toHaveText('Missing')
  await page.keyboard.press('x')

  await expect(review.settled).toHaveText('3 of 3 disagreements settled')
  await expect
    .poll(() => goldOnDisk(project.dir))
    .toEqual({
      status: 'in-progress',
      spans: [
        ['claim', COMMITMENT, ['dan']],
        ['claim', LONG_CLAIM, ['bob']],
      ],
      decisions: [
        ['claim', COMMITMENT.length, 'accepted'],
        ['commitment', COMMITMENT.length, 'rejected'],
        ['claim', LONG_CLAIM.length, 'accepted'],
        ['claim', SHORT_CLAIM.length, 'rejected'],
        ['statistic', PERCENT.length, 'rejected'],
      ],
    })
})

test('with the agreed span accepted too the document is adjudicated, and the gold set exports', async ({
  page,
  project,
}) => {
  const review = new ReviewPage(page)
  await page.keyboard.press('1')
  await page.keyboard.press('2')
  await page.keyboard.press('2')
  await expect(review.status).toHaveText('In review')
  await page.keyboard.press('a')

  await expect(review.status).toHaveText('Adjudicated')
  await expect(review.documents.getByRole('option')).toContainText(['adjudicated'])
  await expect.poll(async () => (await goldOnDisk(project.dir)).status).toBe('done')

  const app = new WorkbenchPage(page)
  await app.chooseMenu('Export…')
  const dialog = new ExportDialogPage(page)
  await dialog.format.selectOption('csv')
  await dialog.source.selectOption('gold')
  const content = await readFile(await (await dialog.exportAndDownload()).path(), 'utf8')
  expect(
    content
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',').slice(2, 4)),
  ).toEqual([
    ['_gold', 'Commitment'],
    ['_gold', 'Claim'],
    ['_gold', 'Statistic'],
    ['_gold', 'Statistic'],
  ])
})

test('undo and redo take a decision back and give it again, on disk too', async ({
  page,
  project,
}) => {
  const review = new ReviewPage(page)
  await page.keyboard.press('1')
  await expect.poll(async () => (await goldOnDisk(project.dir)).spans).toHaveLength(1)

  await page.keyboard.press('Control+z')
  await expect(review.settled).toHaveText('0 of 3 disagreements settled')
  await expect.poll(async () => (await goldOnDisk(project.dir)).spans).toEqual([])
  await expect.poll(async () => (await goldOnDisk(project.dir)).decisions).toEqual([])

  await page.keyboard.press('Control+Shift+z')
  await expect(review.settled).toHaveText('1 of 3 disagreements settled')
  await expect
    .poll(async () => (await goldOnDisk(project.dir)).spans)
    .toEqual([['commitment', COMMITMENT, ['bob']]])
})

test('text selected in the article goes into gold with a label key, and its start moves by a word', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const review = new ReviewPage(page)

  await app.dragOver('Bộ trưởng Trần Thị Lan')
  await page.keyboard.press('3')
  await expect(review.goldSpan).toBeVisible()
  await page.keyboard.press(']')
  await expect(review.goldSpan.locator('.inspector-quote')).toHaveText('trưởng Trần Thị Lan')
  await page.screenshot({ path: 'test-results/screenshots/review-gold-span.png' })

  await expect
    .poll(async () => (await goldOnDisk(project.dir)).spans)
    .toEqual([['claim', 'trưởng Trần Thị Lan', []]])
  const gold = await readAnnotationFile(project.dir, '_gold', docId)
  expect(gold?.spans[0]?.review).toMatchObject({ by: project.annotator, method: 'added' })
})

test('the majority vote takes what both colleagues share and leaves the rest open', async ({
  page,
  project,
}) => {
  const review = new ReviewPage(page)
  await page.getByRole('button', { name: 'Majority vote' }).click()

  await expect(review.settled).toHaveText('0 of 3 disagreements settled')
  await expect
    .poll(() => goldOnDisk(project.dir))
    .toEqual({
      status: 'in-progress',
      spans: [['statistic', STATISTIC, ['bob', 'dan']]],
      decisions: [['statistic', STATISTIC.length, 'accepted']],
    })
})

test('a colleague’s file changed by a sync while review is open is compared again at once', async ({
  page,
  project,
}) => {
  const review = new ReviewPage(page)
  await expect(review.settled).toHaveText('0 of 3 disagreements settled')

  // bob's copy arrives with the statistic only dan had tagged.
  await writeLayer(project.dir, 'bob', 'vietnamese-nfc.txt', [
    [COMMITMENT, 'commitment'],
    [STATISTIC, 'statistic'],
    [LONG_CLAIM, 'claim'],
    [PERCENT, 'statistic'],
  ])

  await expect(review.settled).toHaveText('0 of 2 disagreements settled')
  await expect(review.list.getByRole('listitem')).toHaveText([
    /Label conflict\s*chính phủ/,
    /Boundary conflict\s*Theo báo cáo/,
  ])
  await expect(review.filter(/^Agreed/)).toHaveText('Agreed 2')
})
