import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { expect, test } from '../fixtures'
import { DocLabelsPage } from '../pages/doc-labels-page'
import { ExportDialogPage } from '../pages/export-dialog-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { readProjectFile } from '../support/project-files'
import { docIdOf, EMOJI, VIETNAMESE } from './support/articles'

const docLabelsOnDisk = async (dir: string, annotator: string, docId: string) => {
  const file = join(dir, 'annotations', annotator, `${docId}.json`)
  const parsed = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as {
    docLabels?: unknown
  }
  return parsed.docLabels ?? null
}

test('a category defined in Settings is set by key on two documents and exported', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const labels = new DocLabelsPage(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE, EMOJI])
  const hanoi = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  const harbour = await docIdOf(project.dir, 'emoji-astral.txt')

  await app.chooseMenu('Settings')
  const settings = app.dialog('Settings')
  await labels.addCategory(settings, 'Topic', 'Politics, Economy, Culture')
  await expect
    .poll(async () => (await readProjectFile(project.dir))?.docLabels)
    .toEqual([
      { id: 'topic', name: 'Topic', values: ['Politics', 'Economy', 'Culture'], description: '' },
    ])
  await settings.getByRole('button', { name: 'Done' }).click()

  await app.openDocument(/Hà Nội/)
  await page.keyboard.press('Shift+Digit1')
  await expect(labels.value('Topic', 'Politics')).toHaveAttribute('aria-pressed', 'true')
  await app.openDocument(/Harbour festival/)
  await page.keyboard.press('Shift+Digit1')
  await page.keyboard.press('Shift+Digit1')
  await expect(labels.value('Topic', 'Economy')).toHaveAttribute('aria-pressed', 'true')
  await app.expectSaved()
  await page.setViewportSize({ width: 1400, height: 860 })
  await page.screenshot({ path: 'test-results/screenshots/doc-labels.png' })

  expect(await docLabelsOnDisk(project.dir, project.annotator, hanoi)).toEqual({
    topic: 'Politics',
  })
  expect(await docLabelsOnDisk(project.dir, project.annotator, harbour)).toEqual({
    topic: 'Economy',
  })
  await expect(app.documentItem(/Hà Nội/).getByTestId('doc-label-tags')).toHaveText('Politics')

  await app.chooseMenu('Export…')
  const dialog = new ExportDialogPage(page)
  const file = await dialog.exportAndDownload()
  const lines = (await readFile(await file.path(), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; docLabels: unknown })
  expect(lines.map((line) => [line.id, line.docLabels])).toEqual(
    expect.arrayContaining([
      [hanoi, { [project.annotator]: { Topic: 'Politics' } }],
      [harbour, { [project.annotator]: { Topic: 'Economy' } }],
    ]),
  )
})

test('a click sets a value and Ctrl+Z takes it back, on disk too', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  const labels = new DocLabelsPage(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE])
  const hanoi = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  await app.chooseMenu('Settings')
  const settings = app.dialog('Settings')
  await labels.addCategory(settings, 'Relevance', 'High, Low')
  await settings.getByRole('button', { name: 'Done' }).click()

  await labels.value('Relevance', 'Low').click()
  await app.expectSaved()
  expect(await docLabelsOnDisk(project.dir, project.annotator, hanoi)).toEqual({
    relevance: 'Low',
  })
  await page.keyboard.press('ControlOrMeta+z')
  await expect(labels.value('Relevance', 'Low')).toHaveAttribute('aria-pressed', 'false')
  await app.expectSaved()
  expect(await docLabelsOnDisk(project.dir, project.annotator, hanoi)).toBeNull()
})
