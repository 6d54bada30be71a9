import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { expect, test } from '../fixtures'
import { MergeDialogPage } from '../pages/merge-dialog-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { idOf, makeColleagueProject } from '../support/colleague-project'
import { readAnnotationFile } from '../support/project-files'

const HARBOUR =
  'Harbour board approves new ferry\n\nThe board will buy 2 electric ferries by 2027, the chair said.\n'
const LIBRARY =
  'Library extends opening hours\n\nThe library will open until 9pm on weekdays, staff said.\n'
const HARBOUR_ID = idOf(HARBOUR)
const LIBRARY_ID = idOf(LIBRARY)

/** The colleague's project folder (and their settings), removed after the test. */
let scratch: string
let colleague: string
test.beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'gloss-merge-'))
  colleague = join(scratch, 'colleague-project')
})
test.afterEach(async () => {
  await rm(scratch, { recursive: true, force: true })
})

/** Our project with the harbour article, imported through the window. */
async function openWithHarbour(app: WorkbenchPage, url: string): Promise<void> {
  await app.open(url)
  const file = join(scratch, 'harbour.txt')
  await writeFile(file, HARBOUR)
  await app.importAndClose([file])
  await app.openDocument('Harbour board approves new ferry')
}

/** Their harbour and library articles, tagged by `annotator`. */
const colleagueTags = (annotator: string) =>
  makeColleagueProject(colleague, join(scratch, 'colleague-data'), annotator, [
    {
      name: 'harbour.txt',
      text: HARBOUR,
      tags: [['The board will buy 2 electric ferries', 'commitment']],
    },
    {
      name: 'library.txt',
      text: LIBRARY,
      tags: [
        ['9pm', 'statistic'],
        ['staff said', 'claim'],
      ],
    },
  ])

test('a colleague’s layer and the document we lack come in, and the document is listed', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await openWithHarbour(app, project.url)
  await colleagueTags('bob')

  await app.chooseMenu("Merge colleague's project…")
  const merge = new MergeDialogPage(page)
  await merge.preview(colleague)

  await expect(merge.layers).toHaveText([/^bob\s*bob\s*New layer 2 files · 2 documents · 3 spans$/])
  await expect(merge.counts).toHaveText([
    '2 layer files',
    '3 spans',
    '1 new document',
    '0 not merged',
  ])
  await expect(merge.newDocuments).toHaveText(['Library extends opening hours'])
  await page.screenshot({ path: 'test-results/screenshots/merge-plan.png' })
  expect(await readAnnotationFile(project.dir, 'bob', LIBRARY_ID)).toBeNull()

  await merge.merge()
  await expect(merge.summaryLayers).toHaveText([
    /^bob\s*bob\s*New layer 2 files · 2 documents · 3 spans$/,
  ])
  await page.screenshot({ path: 'test-results/screenshots/merge-summary.png' })
  await merge.summary.getByRole('button', { name: 'OK' }).click()

  await expect(app.documentItem(/Library extends opening hours/)).toBeVisible()
  const merged = await readAnnotationFile(project.dir, 'bob', LIBRARY_ID)
  expect(merged?.annotator).toBe('bob')
  expect(merged?.spans.map((span) => [span.text, span.label])).toEqual([
    ['9pm', 'statistic'],
    ['staff said', 'claim'],
  ])
})

test('a layer that clashes with ours is merged under the name typed for it', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await openWithHarbour(app, project.url)
  await app.label('2 electric ferries', '2')
  await app.expectSaved()
  const ours = join(project.dir, 'annotations', project.annotator, `${HARBOUR_ID}.json`)
  const oursBefore = await readFile(ours, 'utf8')
  // The colleague's Gloss used the same annotator name as ours, on the same article.
  await colleagueTags(project.annotator)

  await app.chooseMenu("Merge colleague's project…")
  const merge = new MergeDialogPage(page)
  await merge.preview(colleague)
  const rename = merge.renameField(project.annotator)
  await expect(rename).toHaveValue(`${project.annotator}-2`)
  await expect(
    merge.root.getByText(/Clashes with this project’s e2e-analyst \(1 file differs\)/),
  ).toBeVisible()
  await expect(merge.layers).toHaveText([/New layer 2 files · 2 documents · 3 spans$/])
  await page.screenshot({ path: 'test-results/screenshots/merge-plan-clash.png' })

  await rename.fill('')
  await expect(merge.layers).toHaveText([
    /Clash 1 file differs from this project’s e2e-analyst: not merged$/,
  ])
  await rename.fill('bad name')
  await expect(
    merge.root.getByText('Use only letters, digits, dot, dash or underscore (no spaces).'),
  ).toBeVisible()
  await expect(merge.mergeButton).toBeDisabled()
  await rename.fill('minh')
  await expect(merge.layers).toHaveText([/New layer 2 files · 2 documents · 3 spans$/])
  await merge.merge()

  await expect(merge.summaryLayers).toHaveText([/^e2e-analyst\s*minh\s*New layer/])
  expect((await readAnnotationFile(project.dir, 'minh', HARBOUR_ID))?.annotator).toBe('minh')
  expect(await readFile(ours, 'utf8')).toBe(oursBefore)
})

test('what is not merged is listed with the reason, and labels we lack are named', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await openWithHarbour(app, project.url)
  await makeColleagueProject(
    colleague,
    join(scratch, 'colleague-data'),
    'bob',
    [{ name: 'library.txt', text: LIBRARY, tags: [['9pm', 'hedge']] }],
    [{ id: 'hedge', name: 'Hedge', color: '#7a52c7', hotkey: '4', description: '' }],
  )
  const gold = join(colleague, 'annotations', '_gold')
  await mkdir(gold)
  await writeFile(join(gold, `${LIBRARY_ID}.json`), '{}')

  await app.chooseMenu("Merge colleague's project…")
  const merge = new MergeDialogPage(page)
  await merge.preview(colleague)

  await expect(merge.notMerged).toHaveText([
    'annotations/_gold' +
      'their adjudicated gold set is not merged: adjudication happens in one project. Review their annotators’ layers here to settle gold in this project',
  ])
  await expect(merge.root.getByRole('list', { name: 'Warnings' })).toHaveText(
    "Hedge (1 span) is not in this project's labels: add it in Settings with the same name to see and export those spans.",
  )
  await merge.merge()
  await page.screenshot({ path: 'test-results/screenshots/merge-summary-refused.png' })
  await expect(
    merge.summary.getByText(/You annotate in your own layer \(e2e-analyst\)/),
  ).toBeVisible()
})

test('a folder that is not a Gloss project is named in the error', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  const empty = join(scratch, 'not-a-project')
  await mkdir(empty)

  await app.chooseMenu("Merge colleague's project…")
  const merge = new MergeDialogPage(page)
  await merge.path.fill(empty)
  await merge.previewButton.click()

  await expect(merge.root.getByRole('alert')).toContainText(
    `${empty} is not a Gloss project: it has no gloss.json.`,
  )
  await expect(merge.previewButton).toBeEnabled()
})
