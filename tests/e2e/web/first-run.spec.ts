import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { docIdOf, spansOnDisk } from './support/articles'
import { expect, test } from '../fixtures'
import { FirstRunPage } from '../pages/first-run-page'
import { WorkbenchPage } from '../pages/workbench-page'

const SAMPLE = 'Sample project'
const FERRIES = '01-harbour-ferries.txt'

const savedPreferences = async (dataDir: string): Promise<unknown> =>
  JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')).preferences

test('a first run welcomes, opens the sample project and teaches select → 1 → saved', async ({
  page,
  firstRun,
}) => {
  const welcome = new FirstRunPage(page)
  const app = new WorkbenchPage(page)
  await page.setViewportSize({ width: 1400, height: 860 })
  await welcome.open(firstRun.url)
  await page.screenshot({ path: 'test-results/screenshots/first-run-welcome.png' })

  await welcome.openSample()
  await expect(app.documents.getByRole('option')).toHaveCount(4)
  await expect(welcome.currentStep).toHaveText('Select some text in the article with the mouse.')

  await app.dragOver('four diesel ferries')
  await expect(welcome.currentStep).toHaveText(
    "Press 1 to tag it as Commitment (or another label's key).",
  )
  await page.screenshot({ path: 'test-results/screenshots/first-run-hints.png' })

  await page.keyboard.press('1')
  await expect(welcome.currentStep).toHaveText('Done — the span is saved in the project.')
  const project = join(firstRun.dataDir, SAMPLE)
  const docId = await docIdOf(project, FERRIES)
  await expect
    .poll(() => spansOnDisk(project, firstRun.annotator, docId))
    .toEqual([{ label: 'commitment', text: 'four diesel ferries', sliced: 'four diesel ferries' }])

  await welcome.hints.getByRole('button', { name: 'Got it' }).click()
  await expect(welcome.hints).toBeHidden()
  await expect.poll(() => savedPreferences(firstRun.dataDir)).toEqual({ hintsDone: true })
})

test('Esc skips the hints, for good', async ({ page, firstRun }) => {
  const welcome = new FirstRunPage(page)
  await welcome.open(firstRun.url)
  await welcome.openSample()
  await expect(welcome.hints).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(welcome.hints).toBeHidden()
  await expect.poll(() => savedPreferences(firstRun.dataDir)).toEqual({ hintsDone: true })
})

test('a host started with a project folder shows it, not the welcome screen', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const welcome = new FirstRunPage(page)
  await app.open(project.url)
  await expect(page.getByRole('heading', { name: 'No documents yet' })).toBeVisible()
  await expect(welcome.welcome).toBeHidden()
  await expect(welcome.hints).toBeHidden()
})
