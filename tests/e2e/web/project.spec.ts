import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { expect, test } from '../fixtures'
import { WorkbenchPage } from '../pages/workbench-page'
import { readProjectFile } from '../support/project-files'
import { VIETNAMESE } from './support/articles'

test('File → New Project… creates the folder typed in and switches to it', async ({
  page,
  project,
}) => {
  const parent = await mkdtemp(join(tmpdir(), 'gloss-new-'))
  const folder = join(parent, 'elections-2024')
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE])

  await app.chooseMenu('New Project…')
  const dialog = app.dialog('New project')
  await expect(
    dialog.getByRole('checkbox', { name: 'Create the folder if it does not exist' }),
  ).toBeChecked()
  await dialog.getByRole('textbox', { name: /Project folder/ }).fill(folder)
  await dialog.getByRole('button', { name: 'Create' }).click()

  await expect(dialog).toBeHidden()
  await expect(page.getByRole('banner')).toContainText('elections-2024')
  await expect(page.getByRole('heading', { name: 'No documents yet' })).toBeVisible()
  expect((await readProjectFile(folder))?.name).toBe('elections-2024')

  await app.chooseMenu('Open Project…')
  const open = app.dialog('Open project')
  await open.getByRole('textbox', { name: /Project folder/ }).fill(project.dir)
  await open.getByRole('button', { name: 'Open' }).click()
  await expect(app.documents.getByRole('option')).toHaveCount(1)
  await rm(parent, { recursive: true, force: true })
})

test('opening a folder that does not exist, without creating it, shows why in the dialog', async ({
  page,
  project,
}) => {
  const missing = join(tmpdir(), `gloss-missing-${Date.now()}`)
  const app = new WorkbenchPage(page)
  await app.open(project.url)

  await app.chooseMenu('Open Project…')
  const dialog = app.dialog('Open project')
  await dialog.getByRole('textbox', { name: /Project folder/ }).fill(missing)
  await dialog.getByRole('button', { name: 'Open' }).click()

  const alert = dialog.getByRole('alert')
  await expect(alert).toBeVisible()
  await alert.getByRole('button', { name: 'Dismiss error' }).click()
  await expect(alert).toBeHidden()
  await expect(dialog).toBeVisible()
  expect(await readProjectFile(missing)).toBeNull()
})
