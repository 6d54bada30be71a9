import { expect, test } from '../fixtures'
import { ExportDialogPage } from '../pages/export-dialog-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { EMOJI, VIETNAMESE } from './support/articles'

test('Cancel while an export is built stops it: nothing is downloaded, the dialog says so', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE, EMOJI])
  await app.openDocument(/Hà Nội/)
  await app.label('12.500 hộ dân', '2')
  await app.expectSaved()
  // The export request is held back until the host has answered the Cancel: the export then
  // starts already cancelled, whatever the speed of this machine.
  let release = (): void => undefined
  const cancelled = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/exportDataset', async (route) => {
    await cancelled
    await route.continue()
  })
  await page.route('**/api/cancelWork', async (route) => {
    await route.fulfill({ response: await route.fetch() })
    release()
  })
  const downloads: string[] = []
  page.on('download', (download) => downloads.push(download.suggestedFilename()))

  await app.chooseMenu('Export…')
  const dialog = new ExportDialogPage(page)
  await dialog.exportButton.click()
  await expect(dialog.exportButton).toHaveText('Exporting…')
  await dialog.root.getByRole('button', { name: 'Cancel export' }).click()

  await expect(dialog.root.getByRole('status')).toHaveText('Export cancelled: nothing was written.')
  await expect(dialog.exportButton).toHaveText('Export')
  expect(downloads).toEqual([])
})
