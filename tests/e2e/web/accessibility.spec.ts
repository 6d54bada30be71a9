import { expect, test } from '../fixtures'
import { seriousViolations } from '../pages/accessibility'
import { AgreementPage } from '../pages/agreement-page'
import { FindBarPage } from '../pages/find-bar-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { twoColleaguesInReview } from './support/review-setup'

// Each view is checked where the analyst sees it; the list printed on failure names every
// rule and element, so a fix starts from the test output.
test('every main view, dialog and the key sheet have no serious or critical axe violations', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const found: Record<string, string[]> = {}
  const check = async (view: string) => {
    found[view] = await seriousViolations(page)
  }

  await twoColleaguesInReview(page, project)
  await check('review with two annotators')

  const agreement = new AgreementPage(page)
  await agreement.tab.click()
  await expect(agreement.pairs).toBeVisible()
  await check('agreement')

  await agreement.annotateTab.click()
  await app.openDocument(/Hà Nội cam kết/)
  await app.label('12.500 hộ dân', '2')
  await app.expectSaved()
  await check('document list and annotate with a span selected')

  const find = new FindBarPage(page, app.textView)
  await find.search('hộ')
  await check('annotate with the find bar open')
  await find.field.press('Escape')

  await page.keyboard.press('?')
  await expect(app.dialog('Keyboard shortcuts')).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/key-sheet.png' })
  await check('key sheet')
  await page.keyboard.press('Escape')

  for (const [item, title] of [
    ['Settings', 'Settings'],
    ['Export…', 'Export'],
    ['Import annotations…', 'Import annotations'],
    ["Merge colleague's project…", 'Merge colleague’s project'],
  ] as const) {
    await app.chooseMenu(item)
    await expect(app.dialog(title)).toBeVisible()
    await check(`${title} dialog`)
    await page.keyboard.press('Escape')
    await expect(app.dialog(title)).toBeHidden()
  }

  expect(found).toEqual(Object.fromEntries(Object.keys(found).map((view) => [view, []])))
})
