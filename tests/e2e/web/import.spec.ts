import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { expect, test } from '../fixtures'
import { WorkbenchPage } from '../pages/workbench-page'
import { readDocumentText, readIndex } from '../support/project-files'
import { BINARY, BOILERPLATE, EMOJI, VIETNAMESE } from './support/articles'

const sourcesOnDisk = async (dir: string): Promise<string[]> =>
  ((await readIndex(dir))?.documents ?? []).map((doc) => doc.sourceName).sort()

test('an empty project says how to add documents', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)

  await expect(page.getByRole('heading', { name: 'No documents yet' })).toBeVisible()
  await expect(
    page.getByText(
      'Import articles as .txt, .md, .html or .json/.jsonl files (File → Import or drop them here).',
    ),
  ).toBeVisible()
  await expect(app.progress).toHaveText('0 / 0 done')
})

test('importing files shows a summary with every refused file and its reason', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)

  const summary = await app.importFiles([VIETNAMESE, EMOJI, BOILERPLATE, BINARY])

  const counts = summary.getByRole('list', { name: 'Import counts' })
  await expect(counts.getByRole('listitem')).toHaveText([
    '3 documents imported',
    '0 duplicates skipped',
    '1 file refused',
  ])
  const refused = summary.getByRole('list', { name: 'Refused files' }).getByRole('listitem')
  await expect(refused).toHaveCount(1)
  // The file's name, then the host's reason in words.
  await expect(refused).toHaveText(/^binary\.png\s*\S.{10,}/)
  await page.setViewportSize({ width: 1400, height: 820 })
  await page.screenshot({ path: 'test-results/screenshots/import-summary.png' })

  await summary.getByRole('button', { name: 'OK' }).click()
  await expect(app.documents.getByRole('option')).toHaveCount(3)
  await expect(app.progress).toHaveText('0 / 3 done')
  expect(await sourcesOnDisk(project.dir)).toEqual([
    'boilerplate.txt',
    'emoji-astral.txt',
    'vietnamese-nfc.txt',
  ])
})

test('importing the same article again is skipped as a duplicate', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE])

  const summary = await app.importFiles([VIETNAMESE])

  await expect(summary.getByRole('list', { name: 'Import counts' })).toContainText(
    '1 duplicate skipped',
  )
  await expect(summary.getByRole('list', { name: 'Duplicate files' })).toContainText(
    'vietnamese-nfc.txt',
  )
  await summary.getByRole('button', { name: 'OK' }).click()
  await expect(app.documents.getByRole('option')).toHaveCount(1)
  expect(await sourcesOnDisk(project.dir)).toEqual(['vietnamese-nfc.txt'])
})

test('Import folder… takes the .txt and .md files of a folder and its subfolders', async ({
  page,
  project,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'gloss-folder-'))
  await mkdir(join(folder, 'desk', '.cache'), { recursive: true })
  await writeFile(join(folder, 'one.txt'), 'Council will publish the audit in May.\n')
  await writeFile(join(folder, 'desk', 'two.md'), '# Port\n\nThe port handled 3 million tonnes.\n')
  await writeFile(join(folder, 'desk', 'photo.png'), await readFile(BINARY))
  await writeFile(join(folder, 'desk', '.cache', 'three.txt'), 'hidden copy\n')
  const app = new WorkbenchPage(page)
  await app.open(project.url)

  const chooser = page.waitForEvent('filechooser')
  await app.chooseMenu('Import folder…')
  await (await chooser).setFiles(folder)

  const summary = app.dialog('Import finished')
  await expect(summary.getByRole('list', { name: 'Import counts' })).toContainText(
    '2 documents imported',
  )
  expect(await sourcesOnDisk(project.dir)).toHaveLength(2)
  await rm(folder, { recursive: true, force: true })
})

test('files dropped on the window are imported', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  const text = await readFile(VIETNAMESE, 'utf8')
  const dragFile = ([types, content]: readonly [readonly string[], string]) => {
    const data = new DataTransfer()
    data.items.add(new File([content], 'dropped.txt', { type: 'text/plain' }))
    for (const type of types) {
      window.dispatchEvent(
        new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
      )
    }
  }

  // The window listens for drops once the project is open: a file dragged in shows the overlay.
  await expect(async () => {
    await page.evaluate(dragFile, [['dragenter'], text] as const)
    await expect(page.locator('.drop-overlay')).toBeVisible({ timeout: 500 })
  }).toPass()
  await page.evaluate(dragFile, [['dragover', 'drop'], text] as const)

  const summary = app.dialog('Import finished')
  await expect(summary.getByRole('list', { name: 'Import counts' })).toContainText(
    '1 document imported',
  )
  expect(await sourcesOnDisk(project.dir)).toEqual(['dropped.txt'])
})

test('an HTML page and a JSONL corpus become documents, the page as readable text', async ({
  page,
  project,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'gloss-corpus-'))
  const html = join(folder, 'dam.html')
  await writeFile(
    html,
    '<!doctype html><html><head><title>Dam opens early</title><style>p { color: red }</style>' +
      '<script>alert("never run")</script></head><body><h1>Dam opens early</h1>' +
      '<p>The dam opened <b>two weeks</b> early.</p><p>Farmers welcomed it.</p></body></html>',
  )
  const corpus = join(folder, 'wire.jsonl')
  await writeFile(
    corpus,
    `${JSON.stringify({ id: 'w1', title: 'Rice exports rise', text: 'Rice exports rose 4% in May.' })}\n` +
      `${JSON.stringify({ id: 'w2', title: 'Bridge closed', text: 'The bridge is closed for repairs.' })}\n`,
  )
  const app = new WorkbenchPage(page)
  await app.open(project.url)

  const summary = await app.importFiles([html, corpus])

  await expect(summary.getByRole('list', { name: 'Import counts' })).toContainText(
    '3 documents imported',
  )
  await summary.getByRole('button', { name: 'OK' }).click()
  await expect(app.documents.getByRole('option')).toHaveCount(3)
  await expect(app.documentItem(/Rice exports rise/)).toBeVisible()
  await expect(app.documentItem(/Bridge closed/)).toBeVisible()
  const entries = (await readIndex(project.dir))?.documents ?? []
  const dam = entries.find((entry) => entry.sourceName === 'dam.html')
  if (!dam) throw new Error('dam.html is not in the index')
  expect(dam.title).toBe('Dam opens early')
  const text = await readDocumentText(project.dir, dam.id)
  expect(text).toContain('The dam opened two weeks early.')
  expect(text).toContain('Farmers welcomed it.')
  expect(text).not.toMatch(/<|alert|color: red/)
  await rm(folder, { recursive: true, force: true })
})
