import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { docIdOf, rangesOnDisk } from './support/articles'
import { twoColleaguesInReview } from './support/review-setup'
import type { Page } from '@playwright/test'

import { expect, type GlossProject, test } from '../fixtures'
import { AgreementPage } from '../pages/agreement-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { REPO_ROOT } from '../support/paths'

const FERRIES_FILE = '01-harbour-ferries.txt'
const FERRIES = join(REPO_ROOT, 'resources/sample', FERRIES_FILE)
const TITLE = 'Harbour council promises electric ferries by 2029'

const preferencesOnDisk = async (dataDir: string): Promise<unknown> =>
  JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')).preferences

const cssOf = (page: WorkbenchPage['page'], selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property)

/** The ferries article open in the annotate view of a window `width` pixels wide. */
async function openFerries(
  page: Page,
  project: GlossProject,
  width = 1400,
): Promise<WorkbenchPage> {
  const app = new WorkbenchPage(page)
  await page.setViewportSize({ width, height: 820 })
  await app.open(project.url)
  await app.importAndClose([FERRIES])
  await app.openDocument(TITLE)
  return app
}

test.describe('on a dark system', () => {
  test.use({ colorScheme: 'dark' })

  test('the window is dark, the text light, and a label readable on it', async ({
    page,
    project,
  }) => {
    const app = await openFerries(page, project)
    await app.label('four diesel ferries', '1')
    await app.label('12,400 passengers', '2')
    await app.expectSaved()

    expect(await cssOf(page, 'body', 'background-color')).toBe('rgb(20, 23, 28)')
    expect(await cssOf(page, '.block-text', 'color')).toBe('rgb(227, 231, 236)')
    await page.screenshot({ path: 'test-results/screenshots/dark-annotate.png' })
  })

  test('the agreement charts draw their ink light on the dark page', async ({ page, project }) => {
    await twoColleaguesInReview(page, project)
    const agreement = new AgreementPage(page)
    await agreement.tab.click()
    await expect(agreement.labelChart.locator('svg text').first()).toBeVisible()
    const inks = await agreement.labelChart
      .locator('svg text')
      .evaluateAll((texts) => [...new Set(texts.map((text) => text.getAttribute('fill')))])
    expect(inks).not.toContain('#1d2127')
    await page.screenshot({ path: 'test-results/screenshots/dark-agreement.png', fullPage: true })
  })

  test('review is dark too', async ({ page, project }) => {
    await twoColleaguesInReview(page, project)
    expect(await cssOf(page, '.review-text .block-text', 'color')).toBe('rgb(227, 231, 236)')
    await page.screenshot({ path: 'test-results/screenshots/dark-review.png' })
  })
})

test('Settings → Display → Light overrides a dark system, and is remembered', async ({
  page,
  project,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.chooseMenu('Settings')
  await app.dialog('Settings').getByRole('combobox', { name: 'Theme' }).selectOption('light')

  await expect.poll(() => cssOf(page, 'body', 'background-color')).toBe('rgb(244, 245, 247)')
  await expect.poll(() => preferencesOnDisk(project.dataDir)).toEqual({ theme: 'light' })
})

test('at 150% text size (Ctrl + three times) a mouse selection is saved with exact offsets', async ({
  page,
  project,
}) => {
  const app = await openFerries(page, project)
  const docId = await docIdOf(project.dir, FERRIES_FILE)
  const text = await readFile(join(project.dir, 'documents', `${docId}.txt`), 'utf8')

  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+=')
  await expect.poll(() => cssOf(page, '.block-text', 'font-size')).toBe('25.5px')
  await expect.poll(() => preferencesOnDisk(project.dataDir)).toEqual({ textZoom: 1.5 })
  await app.label('doubled since 2015', '2')
  await page.screenshot({ path: 'test-results/screenshots/zoom-150.png' })

  const start = text.indexOf('doubled since 2015')
  await expect
    .poll(() => rangesOnDisk(project.dir, project.annotator, docId))
    .toEqual([{ start, end: start + 18, label: 'statistic', text: 'doubled since 2015' }])

  await page.keyboard.press('Control+0')
  await expect.poll(() => cssOf(page, '.block-text', 'font-size')).toBe('17px')
})

test('the text column keeps about 72 characters a line, and takes the width when asked', async ({
  page,
  project,
}) => {
  const app = await openFerries(page, project, 1800)
  const width = () => page.locator('.text-sizer').evaluate((el) => el.getBoundingClientRect().width)
  const pane = await page.locator('.text-view').evaluate((el) => el.clientWidth)
  const comfortable = await width()
  expect(comfortable).toBeLessThan(pane)

  await app.chooseMenu('Settings')
  await app
    .dialog('Settings')
    .getByRole('checkbox', { name: /Use the whole width/ })
    .check()
  await expect.poll(width).toBe(pane)
})
