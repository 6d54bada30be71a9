import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Page } from '@playwright/test'

import { expect, test } from '../fixtures'
import { seriousViolations } from '../pages/accessibility'
import { FirstRunPage } from '../pages/first-run-page'
import { ReviewPage } from '../pages/review-page'
import { TeamSyncPage } from '../pages/team-sync-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { readAnnotationFile } from '../support/project-files'
import { idOf } from '../support/colleague-project'
import { colleagueJoinsAndTags, colleagueSyncs, makeBareRemote } from '../support/team-remote'

const HARBOUR =
  'Harbour board approves new ferry\n\nThe board will buy 2 electric ferries by 2027, the chair said.\n'
const HARBOUR_TITLE = 'Harbour board approves new ferry'
const HARBOUR_ID = idOf(HARBOUR)

/** The team's bare repository, bob's project and any joined folder, removed after the test. */
let scratch: string
let remote: string
test.beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'gloss-team-'))
  remote = makeBareRemote(scratch)
})
test.afterEach(async () => {
  await rm(scratch, { recursive: true, force: true })
})

const BOB_HARBOUR = {
  name: 'harbour.txt',
  text: HARBOUR,
  tags: [['The board will buy 2 electric ferries', 'commitment']],
} as const

/** Our project with the harbour article, its "the chair said" tagged as a claim. */
async function openWithHarbour(app: WorkbenchPage, url: string): Promise<void> {
  await app.open(url)
  const file = join(scratch, 'harbour.txt')
  await writeFile(file, HARBOUR)
  await app.importAndClose([file])
  await app.openDocument(HARBOUR_TITLE)
  await app.label('the chair said', '3')
  await app.expectSaved()
}

/** In review, bob's commitment beside our claim: each is missing from the other layer. */
async function expectBobInReview(page: Page): Promise<void> {
  const review = new ReviewPage(page)
  await review.tab.click()
  await expect(review.list.getByRole('listitem')).toHaveText([
    /Missing\s*The board will buy 2 electric ferries/,
    /Missing\s*the chair said/,
  ])
  await expect(review.card.getByRole('listitem')).toHaveText([
    /BO\s*bob.*Commitment\s*The board will buy 2 electric ferries/,
    /E2\s*e2e-analyst.*nothing tagged here/,
  ])
}

test('set up through Share → Team sync…, Sync brings a colleague’s layer into review', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const sync = new TeamSyncPage(page)
  await openWithHarbour(app, project.url)
  await expect(sync.button).toBeHidden()

  await sync.openDialog()
  await expect(sync.remote).toHaveValue('')
  await expect(sync.remote).toHaveAttribute(
    'placeholder',
    '/mnt/shared/team.git, ssh://host/team.git or https://…',
  )
  await sync.remote.fill(remote)
  expect(await seriousViolations(page)).toEqual([])
  await page.screenshot({ path: 'test-results/screenshots/team-sync-dialog.png' })
  await sync.syncNow.click()
  await expect(sync.summaryLines).toHaveText([
    'Came in: nothing',
    'Went out: e2e-analyst: 1 document (+1 span); 1 new document; gloss.json',
  ])
  await sync.closeSummary()
  await expect(sync.status).toHaveText('Up to date')

  await colleagueJoinsAndTags(scratch, remote, 'bob', BOB_HARBOUR)
  await sync.button.click()
  await expect(sync.summaryLines).toHaveText([
    'Came in: bob: 1 document (+1 span)',
    'Went out: nothing',
  ])
  await page.screenshot({ path: 'test-results/screenshots/team-sync-summary.png' })
  await sync.closeSummary()
  await expect(sync.status).toHaveText('Up to date')
  await expectBobInReview(page)
  await page.screenshot({ path: 'test-results/screenshots/team-sync-review.png' })
})

test('a project started apart from the team’s syncs in, keeping the team’s name', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const sync = new TeamSyncPage(page)
  await colleagueSyncs(scratch, remote, 'bob', [BOB_HARBOUR])
  await openWithHarbour(app, project.url)

  await sync.openDialog()
  await sync.syncWith(remote)

  await expect(sync.summaryLines).toHaveText([
    'Came in: bob: 1 document (+1 span); gloss.json',
    'Went out: e2e-analyst: 1 document (+1 span)',
    "Changed here and by the team, the team's kept: gloss.json: name",
  ])
  await sync.closeSummary()
  await expect(page.getByTitle('Project', { exact: true })).toHaveText('bob-project')
  await expectBobInReview(page)
})

test('the Sync button counts what is not synced, and Sync sends it', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  const sync = new TeamSyncPage(page)
  await openWithHarbour(app, project.url)
  await sync.openDialog()
  await sync.syncWith(remote)
  await sync.closeSummary()
  await expect(sync.status).toHaveText('Up to date')

  await app.label('2 electric ferries', '2')
  await app.expectSaved()
  await expect(sync.status).toHaveText('1 change not synced')
  await expect(sync.button).toHaveAccessibleName('Sync 1 change not synced')
  await page.screenshot({ path: 'test-results/screenshots/team-sync-button.png' })

  await sync.button.click()
  await expect(sync.summaryLines).toHaveText([
    'Came in: nothing',
    'Went out: e2e-analyst: 1 document (+1 span)',
  ])
  await sync.closeSummary()
  await expect(sync.status).toHaveText('Up to date')
  const sent = await readAnnotationFile(project.dir, project.annotator, HARBOUR_ID)
  expect(sent?.spans.map((span) => span.text)).toEqual(['2 electric ferries', 'the chair said'])
})

test('a remote that cannot be reached is named in the dialog, which stays open to correct it', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const sync = new TeamSyncPage(page)
  await openWithHarbour(app, project.url)
  const missing = join(scratch, 'no-such-drive', 'team.git')

  await sync.openDialog()
  await sync.remote.fill(missing)
  await sync.syncNow.click()

  const alert = sync.dialog.getByRole('alert')
  await expect(alert).toContainText(`Could not reach the team remote "${missing}"`)
  await expect(alert).toContainText(
    'Your work is committed on this machine and nothing was lost. Check the path or network, then Sync again.',
  )
  await expect(sync.syncNow).toBeEnabled()
  await expect(sync.remote).toHaveValue(missing)
  await page.screenshot({ path: 'test-results/screenshots/team-sync-unreachable.png' })
})

test('a colleague joins from the welcome screen and has the team’s project open', async ({
  page,
  firstRun,
}) => {
  await colleagueSyncs(scratch, remote, 'bob', [BOB_HARBOUR])
  const welcome = new FirstRunPage(page)
  const sync = new TeamSyncPage(page)
  const app = new WorkbenchPage(page)
  await welcome.open(firstRun.url)

  await welcome.welcome.getByRole('button', { name: /Join a team project/ }).click()
  await sync.joinWith(remote, join(scratch, 'joined'))

  await expect(app.documentItem(new RegExp(HARBOUR_TITLE))).toBeVisible()
  await expect(sync.status).toHaveText('Up to date')
  expect(
    (await readAnnotationFile(join(scratch, 'joined'), 'bob', HARBOUR_ID))?.spans,
  ).toHaveLength(1)
})
