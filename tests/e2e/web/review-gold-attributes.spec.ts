import { expect, test } from '../fixtures'
import { AttributesPage } from '../pages/attributes-page'
import { ReviewPage } from '../pages/review-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { readAnnotationFile } from '../support/project-files'
import { VIETNAMESE } from './support/articles'
import { writeLayer } from './support/layers'
import { COMMITMENT } from './support/review-setup'

test('A edits the gold span’s attributes by keyboard, each value written to the gold file', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const review = new ReviewPage(page)
  await page.setViewportSize({ width: 1400, height: 900 })
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE])
  await app.chooseMenu('Settings')
  const settings = new AttributesPage(page)
  await settings.definitions('Commitment').fill('actor; strength: firm | hedged; quoted: yes/no')
  await settings.definitions('Commitment').press('Enter')
  await app.dialog('Settings').getByRole('button', { name: 'Done' }).click()
  const docId = await writeLayer(project.dir, 'bob', 'vietnamese-nfc.txt', [
    [COMMITMENT, 'commitment'],
  ])
  await writeLayer(project.dir, 'dan', 'vietnamese-nfc.txt', [[COMMITMENT, 'commitment']])
  await review.tab.click()
  await expect(review.tab).toHaveAttribute('aria-selected', 'true')

  // The pledge into gold with its label key; the new gold span is selected.
  await app.dragOver(COMMITMENT)
  await page.keyboard.press('1')
  await expect(review.goldSpan).toBeVisible()
  const fields = review.goldSpan.getByRole('group', { name: /^Attributes/ })

  await page.keyboard.press('a')
  await expect(fields.getByRole('textbox', { name: 'actor' })).toBeFocused()
  await page.keyboard.type('Bộ trưởng Lan')
  await page.keyboard.press('Tab')
  await expect(fields.getByRole('combobox', { name: 'strength' })).toBeFocused()
  await page.keyboard.press('2')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')

  await expect(fields.getByRole('checkbox', { name: 'quoted' })).toBeChecked()
  await page.screenshot({ path: 'test-results/screenshots/review-gold-attributes.png' })
  await expect
    .poll(async () => {
      const span = (await readAnnotationFile(project.dir, '_gold', docId))?.spans[0]
      return [span?.text, span?.attributes, span?.review?.method]
    })
    .toEqual([COMMITMENT, { actor: 'Bộ trưởng Lan', strength: 'hedged', quoted: true }, 'edited'])
})
