import { expect, test } from '../fixtures'
import { axeLedger, keyboardFocusRing, seriousViolations } from '../pages/accessibility'
import { AgreementPage } from '../pages/agreement-page'
import { AttributesPage } from '../pages/attributes-page'
import { DocLabelsPage } from '../pages/doc-labels-page'
import { FindBarPage } from '../pages/find-bar-page'
import { FirstRunPage } from '../pages/first-run-page'
import { RelationsPage } from '../pages/relations-page'
import { SearchDialogPage } from '../pages/search-dialog-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { EMOJI, VIETNAMESE } from './support/articles'
import { twoColleaguesInReview } from './support/review-setup'
import { withTwoVersions } from './support/two-versions'

const COMMITMENT = 'chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn'
const STATISTIC = '12.500 hộ dân'

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

// The views added since accessibility.spec.ts was written, each checked where the analyst sees
// it; a failure lists every rule and element per view.

test('the attribute fields, the relation bar, arcs and list, doc labels and guidelines', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const axe = axeLedger(page)
  await page.setViewportSize({ width: 1400, height: 860 })
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE, EMOJI])
  await app.chooseMenu('Settings')
  const settings = app.dialog('Settings')
  const attributes = new AttributesPage(page)
  await attributes.definitions('Commitment').fill('actor; strength: firm | hedged; quoted: yes/no')
  await attributes.definitions('Commitment').press('Enter')
  await new DocLabelsPage(page).addCategory(settings, 'Topic', 'Politics, Economy, Culture')
  await axe.check('Settings with attributes and a document label category')
  await settings.getByRole('button', { name: 'Done' }).click()

  await app.openDocument(/Hà Nội/)
  await app.label(COMMITMENT, '1')
  await page.keyboard.press('a')
  await expect(attributes.textField('actor')).toBeFocused()
  await axe.check('span inspector with attribute fields, document labels panel')
  expect(await keyboardFocusRing(attributes.choice('strength'))).toBe('solid 2px')
  expect(await keyboardFocusRing(new DocLabelsPage(page).value('Topic', 'Economy'))).toBe(
    'solid 2px',
  )

  const relations = new RelationsPage(page)
  await page.keyboard.press('Escape')
  await app.label(STATISTIC, '2')
  await page.keyboard.press('r')
  await expect(relations.bar).toBeVisible()
  await axe.check('relation bar')
  await app.clickPhrase(COMMITMENT)
  await axe.check('relation bar with its types')
  expect(await keyboardFocusRing(relations.type('supports'))).toBe('solid 2px')
  await relations.type('made by').click()
  await expect(relations.rows).toHaveCount(1)
  await axe.check('relation arc and Relations list')
  expect(
    await keyboardFocusRing(relations.rows.getByRole('button', { name: /^Delete relation/ })),
  ).toBe('solid 2px')

  await page.keyboard.press('g')
  await expect(app.dialog('Guidelines')).toBeVisible()
  await axe.check('guidelines panel')

  expect(axe.found).toEqual(axe.clean())
})

test('the project search dialog with results', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  const axe = axeLedger(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE, EMOJI])
  await app.openDocument(/Hà Nội/)
  await app.label(STATISTIC, '2')
  await app.expectSaved()

  const search = new SearchDialogPage(page)
  await search.search('dữ liệu')
  await search.field.press('ArrowDown')
  await expect(search.current).toHaveCount(1)
  await axe.check('project search with results')

  expect(axe.found).toEqual(axe.clean())
})

test('the welcome screen and the first-run hints', async ({ page, firstRun }) => {
  const welcome = new FirstRunPage(page)
  const axe = axeLedger(page)
  await welcome.open(firstRun.url)
  await axe.check('welcome screen')
  await page.screenshot({ path: 'test-results/screenshots/accessibility-welcome.png' })
  expect(
    await keyboardFocusRing(welcome.welcome.getByRole('button', { name: /Try the sample/ })),
  ).toBe('solid 2px')

  await welcome.openSample()
  await expect(welcome.hints).toBeVisible()
  await axe.check('first-run hint overlay')

  expect(axe.found).toEqual(axe.clean())
})

test('the import summary of a re-anchored article and its new version', async ({
  page,
  project,
}) => {
  await withTwoVersions(async (first, second) => {
    const app = new WorkbenchPage(page)
    const axe = axeLedger(page)
    await app.open(project.url)
    await app.importAndClose([first])
    await app.openDocument('Harbour town plans new ferry')
    await app.label('4,500 people', '2')
    await app.label('a turning point for the town', '3')
    await app.expectSaved()

    const summary = await app.importFiles([second])
    await expect(summary.getByText('1 span not placed (kept on the old version)')).toBeVisible()
    await axe.check('import summary with re-anchored spans')
    await summary.getByRole('button', { name: 'OK' }).click()
    await app.documents.getByRole('option').filter({ hasText: 'new version' }).click()
    await expect(page.getByTestId('version-link')).toBeVisible()
    await axe.check('new version linked to the old')
    await page.screenshot({ path: 'test-results/screenshots/accessibility-new-version.png' })

    expect(axe.found).toEqual(axe.clean())
  })
})

test('the label distribution charts', async ({ page, project }) => {
  const axe = axeLedger(page)
  await twoColleaguesInReview(page, project)
  const agreement = new AgreementPage(page)
  await agreement.tab.click()
  await expect(
    agreement.root.getByTestId('distribution-project-chart').locator('svg'),
  ).toBeVisible()
  await axe.check('agreement with label distribution charts')

  expect(axe.found).toEqual(axe.clean())
})

test.describe('on a dark system', () => {
  test.use({ colorScheme: 'dark' })

  test('review and annotate have no serious or critical axe violations', async ({
    page,
    project,
  }) => {
    const app = new WorkbenchPage(page)
    const axe = axeLedger(page)
    await twoColleaguesInReview(page, project)
    await axe.check('dark review with two annotators')

    await new AgreementPage(page).annotateTab.click()
    await app.openDocument(/Hà Nội cam kết/)
    await app.label(COMMITMENT, '1')
    await app.label(STATISTIC, '2')
    await app.expectSaved()
    await axe.check('dark annotate with a span selected')

    expect(axe.found).toEqual(axe.clean())
  })
})
