import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { ElectronApplication, Page } from '@playwright/test'

import { WorkbenchPage } from '../pages/workbench-page'
import { docIdOf, spansOnDisk, VIETNAMESE } from '../web/support/articles'
import { expect, launchGloss, test } from './electron-fixture'

const TITLE = 'Hà Nội cam kết tăng cường hợp tác về dữ liệu sông Mê Kông'
const COMMITMENT = 'chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn'
const CLAIM = 'tăng cường chia sẻ dữ liệu thủy văn với các nước láng giềng'

// Native dialogs cannot be clicked by Playwright: answer them from the main process instead.
async function answerOpenDialog(app: ElectronApplication, paths: readonly string[]): Promise<void> {
  await app.evaluate(
    ({ dialog }, filePaths) => {
      dialog.showOpenDialog = (async () => ({
        canceled: false,
        filePaths,
      })) as typeof dialog.showOpenDialog
    },
    [...paths],
  )
}

async function answerSaveDialog(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = (async () => ({
      canceled: false,
      filePath: path,
    })) as typeof dialog.showSaveDialog
  }, filePath)
}

const annotatorOf = (window: Page): Promise<string> =>
  window.evaluate(async () => {
    const bridge = (
      window as unknown as {
        gloss: { getSession(input: object): Promise<{ ok: boolean; value: { annotator: string } }> }
      }
    ).gloss
    return (await bridge.getSession({})).value.annotator
  })

test('the desktop app imports, annotates, undoes, marks done and exports through the native dialogs', async ({
  electronApp,
  window,
  desktopProject,
}) => {
  const app = new WorkbenchPage(window)
  await expect(app.fileMenu).toBeVisible()
  const annotator = await annotatorOf(window)

  await answerOpenDialog(electronApp, [VIETNAMESE])
  await app.chooseMenu('Import files…')
  await app.dialog('Import finished').getByRole('button', { name: 'OK' }).click()
  await app.openDocument(TITLE)
  const docId = await docIdOf(desktopProject.dir, 'vietnamese-nfc.txt')

  await app.label(COMMITMENT, '1')
  await app.label(CLAIM, '3')
  await expect
    .poll(() => spansOnDisk(desktopProject.dir, annotator, docId))
    .toEqual([
      { label: 'commitment', text: COMMITMENT, sliced: COMMITMENT },
      { label: 'claim', text: CLAIM, sliced: CLAIM },
    ])

  await window.keyboard.press('Control+z')
  await expect
    .poll(() => spansOnDisk(desktopProject.dir, annotator, docId))
    .toEqual([{ label: 'commitment', text: COMMITMENT, sliced: COMMITMENT }])
  await window.keyboard.press('Control+Shift+z')
  await expect
    .poll(async () => (await spansOnDisk(desktopProject.dir, annotator, docId)).length)
    .toBe(2)

  await window.keyboard.press('Control+Enter')
  await expect(app.docStatus).toHaveText('done')

  const out = join(desktopProject.dir, '..', 'export.jsonl')
  await answerSaveDialog(electronApp, out)
  await app.chooseMenu('Export…')
  await app.dialog('Export').getByRole('button', { name: 'Export', exact: true }).click()
  await expect.poll(() => readFile(out, 'utf8').catch(() => '')).toContain(`"label":"Commitment"`)
  const [line] = (await readFile(out, 'utf8')).trimEnd().split('\n')
  const exported = JSON.parse(line ?? '{}') as { id: string; spans: { text: string }[] }
  expect(exported.id).toBe(docId)
  expect(exported.spans.map((span) => span.text).sort()).toEqual([CLAIM, COMMITMENT].sort())
})

test('spans made in the desktop app are all there after it restarts', async ({
  electronApp,
  window,
  desktopProject,
}) => {
  const app = new WorkbenchPage(window)
  await answerOpenDialog(electronApp, [VIETNAMESE])
  await app.chooseMenu('Import files…')
  await app.dialog('Import finished').getByRole('button', { name: 'OK' }).click()
  await app.openDocument(TITLE)
  await app.label(COMMITMENT, '1')
  await app.expectSaved()

  await electronApp.close()

  const again = await launchGloss(desktopProject)
  try {
    const reopened = new WorkbenchPage(await again.firstWindow())
    await reopened.openDocument(TITLE)
    await expect(reopened.highlightsOf('commitment').first()).toBeVisible()
    await expect(reopened.spans).toContainText(COMMITMENT)
  } finally {
    await again.close()
  }
})
