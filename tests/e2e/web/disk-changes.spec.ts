import { execFile } from 'node:child_process'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'

import type { AnnotationFile, Span } from '../../../src-main/core/spans/span'
import { expect, test } from '../fixtures'
import { RelationsPage } from '../pages/relations-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { readAnnotationFile, readDocumentText } from '../support/project-files'
import { REPO_ROOT } from '../support/paths'
import { article, docIdOf, spansOnDisk, VIETNAMESE } from './support/articles'

const COUNCIL = article('crlf-line-endings.txt')
const COUNCIL_TITLE = 'Council pledges new bus routes'

/** A span over the first `phrase` in `text`, as another copy of Gloss wrote it. */
function spanOver(text: string, phrase: string, label: string, id: string): Span {
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error(`"${phrase}" is not in the text`)
  const stamp = '2026-02-01T09:00:00.000Z'
  const end = start + phrase.length
  return { id, start, end, label, text: phrase, createdAt: stamp, updatedAt: stamp }
}

/** What a sync does to a file: the new version goes beside it and is renamed over it. */
async function syncWrites(file: string, content: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  await writeFile(`${file}.sync-partial`, content)
  await rename(`${file}.sync-partial`, file)
}

const annotationsFile = (dir: string, annotator: string, docId: string) =>
  join(dir, 'annotations', annotator, `${docId}.json`)

const fileWith = (annotator: string, docId: string, spans: readonly Span[]): string => {
  const file: AnnotationFile = {
    version: 1,
    docId,
    annotator,
    status: 'in-progress',
    spans,
    updatedAt: '2026-02-01T09:00:00.000Z',
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

test('an article the gloss command imports into the open project appears in the list', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([COUNCIL])
  await expect(app.documents.getByRole('option')).toHaveCount(1)

  await promisify(execFile)(
    process.execPath,
    [join(REPO_ROOT, 'out/main/cli.js'), 'import', project.dir, VIETNAMESE],
    { env: { ...process.env, GLOSS_DATA_DIR: project.dataDir } },
  )

  await expect(app.documentItem(/Hà Nội/)).toBeVisible()
  await expect(app.documents.getByRole('option')).toHaveCount(2)
})

test("a sync that rewrites the analyst's file for the open document shows its span", async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([COUNCIL])
  await app.openDocument(COUNCIL_TITLE)
  const docId = await docIdOf(project.dir, 'crlf-line-endings.txt')
  const text = await readDocumentText(project.dir, docId)
  await expect(app.highlights).toHaveCount(0)

  const fromLaptop = spanOver(text, '14 bus routes', 'statistic', 'laptop-1')
  await syncWrites(
    annotationsFile(project.dir, project.annotator, docId),
    fileWith(project.annotator, docId, [fromLaptop]),
  )

  await expect(app.highlightsOf('statistic')).toHaveCount(1)
  await expect(app.spans).toContainText('14 bus routes')
  await expect(app.documentItem(COUNCIL_TITLE)).toContainText('1 span')
})

test("a relation another program writes to the analyst's file appears in the open document, no reload", async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const relations = new RelationsPage(page)
  await page.setViewportSize({ width: 1400, height: 820 })
  await app.open(project.url)
  await app.importAndClose([COUNCIL])
  await app.openDocument(COUNCIL_TITLE)
  await app.label('will add 14 bus routes by March', '1')
  // The new Statistic stays selected: the relation list shows its relations.
  await app.label('Ridership rose 8%', '2')
  await app.expectSaved()
  const docId = await docIdOf(project.dir, 'crlf-line-endings.txt')
  const saved = (await readAnnotationFile(project.dir, project.annotator, docId))!
  const [pledge, rose] = ['commitment', 'statistic'].map(
    (label) => saved.spans.find((span) => span.label === label)!.id,
  )
  await expect(relations.rows).toHaveCount(0)

  const fromLaptop = {
    id: 'laptop-r1',
    type: 'made-by',
    from: rose!,
    to: pledge!,
    createdAt: saved.updatedAt,
  }
  await syncWrites(
    annotationsFile(project.dir, project.annotator, docId),
    `${JSON.stringify({ ...saved, relations: [fromLaptop] }, null, 2)}\n`,
  )

  await expect(relations.rows).toHaveText([`→ made by: 'will add 14 bus routes by March'×`])
  await expect(relations.arcs).toHaveText(['made by'])
  await page.screenshot({ path: 'test-results/screenshots/relation-from-disk.png' })
})

test('edits that cannot be saved yet are kept when a sync changes the file; Keep mine saves them, theirs is restorable', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([COUNCIL])
  await app.openDocument(COUNCIL_TITLE)
  const docId = await docIdOf(project.dir, 'crlf-line-endings.txt')
  const text = await readDocumentText(project.dir, docId)
  const file = annotationsFile(project.dir, project.annotator, docId)
  await app.label('14 bus routes', '2')
  await app.expectSaved()
  const saved = (await readAnnotationFile(project.dir, project.annotator, docId))!

  // A git pull stops half-way: the file is left with conflict markers, so saves must fail.
  const theirs = spanOver(text, 'Ridership rose 8%', 'statistic', 'laptop-2')
  await syncWrites(
    file,
    `<<<<<<< HEAD\n${fileWith(project.annotator, docId, saved.spans)}=======\n${fileWith(project.annotator, docId, [theirs])}>>>>>>> origin/main\n`,
  )
  await expect(page.getByRole('alert').first()).toContainText('merge conflict markers')
  await app.label('The council will add 14 bus routes by March', '1')
  await expect(app.saveState).toContainText('Not saved')

  // The conflict is resolved (their version kept, which has our first span too).
  await syncWrites(file, fileWith(project.annotator, docId, [...saved.spans, theirs]))
  const notice = page.getByRole('status', { name: 'Changed on disk' })
  await expect(notice).toContainText('Your unsaved edits are kept here')
  await expect(notice.getByRole('button', { name: 'Reload' })).toHaveCount(0)
  await expect(app.highlights).toHaveCount(2)
  // The banners about the conflicted file are old news now; the analyst closes them.
  const dismiss = page.getByRole('button', { name: 'Dismiss error' })
  while ((await dismiss.count()) > 0) await dismiss.first().click()
  await page.screenshot({ path: 'test-results/screenshots/changed-on-disk-notice.png' })

  // Their version is not saved over unasked: the retry is refused, and the notice asks.
  await notice.getByRole('button', { name: 'Retry saving' }).click()
  const keepMine = notice.getByRole('button', { name: 'Keep mine (save over theirs)' })
  await expect(keepMine).toBeVisible()
  await expect(
    notice.getByRole('button', { name: 'Take theirs (mine kept as a backup)' }),
  ).toBeVisible()
  await expect(notice).toContainText('were not saved over that version')
  await page.screenshot({ path: 'test-results/screenshots/changed-on-disk-choice.png' })
  await keepMine.click()

  await app.expectSaved()
  await expect(notice).toBeHidden()
  expect((await spansOnDisk(project.dir, project.annotator, docId)).map((s) => s.sliced)).toEqual([
    'The council will add 14 bus routes by March',
    '14 bus routes',
  ])

  // Theirs was kept as a backup: Restore… lists it first and brings it back.
  await page.getByRole('button', { name: 'Restore…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Restore a backup' })
  const newest = dialog.getByTestId('backup-row').first()
  await expect(newest).toContainText('the version on disk you saved over')
  await expect(newest.getByRole('cell').nth(1)).toHaveText('2')
  await page.screenshot({ path: 'test-results/screenshots/restore-backup.png' })
  await newest.getByRole('button', { name: /^Restore the backup of / }).click()

  await expect(dialog).toBeHidden()
  await expect(app.highlights).toHaveCount(2)
  expect((await spansOnDisk(project.dir, project.annotator, docId)).map((s) => s.sliced)).toEqual([
    '14 bus routes',
    'Ridership rose 8%',
  ])
})
