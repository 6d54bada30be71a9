import { expect, test } from '../fixtures'
import { WorkbenchPage } from '../pages/workbench-page'
import { readProjectFile } from '../support/project-files'
import { docIdOf, spansOnDisk, VIETNAMESE } from './support/articles'

const COMMITMENT = 'chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn'
const STATISTIC = '12.500 hộ dân'

const labelsOnDisk = async (dir: string) =>
  ((await readProjectFile(dir))?.labels ?? []).map(({ id, name, hotkey }) => ({ id, name, hotkey }))

test.beforeEach(async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE])
})

test('a label added in Settings is saved and its hotkey labels a selection', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  await app.chooseMenu('Settings')
  const settings = app.dialog('Settings')
  const form = settings.getByRole('form', { name: 'Add a label' })

  await form.getByRole('textbox', { name: 'New label name' }).fill('Quote')
  await expect(form.getByRole('combobox', { name: 'New label key' })).toHaveValue('4')
  await form.getByRole('textbox', { name: 'New label description' }).fill('Words said by someone')
  await form.getByRole('button', { name: 'Add label' }).click()

  await expect
    .poll(() => labelsOnDisk(project.dir))
    .toContainEqual({
      id: 'quote',
      name: 'Quote',
      hotkey: '4',
    })
  await page.setViewportSize({ width: 1400, height: 860 })
  await page.screenshot({ path: 'test-results/screenshots/settings.png' })
  await settings.getByRole('button', { name: 'Done' }).click()

  await app.label(COMMITMENT, '4')
  await expect(app.highlightsOf('quote').first()).toBeVisible()
  await expect
    .poll(() => spansOnDisk(project.dir, project.annotator, docId))
    .toEqual([{ label: 'quote', text: COMMITMENT, sliced: COMMITMENT }])
})

test('removing a label in use asks first, with how many spans use it, then removes both', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  await app.label(COMMITMENT, '3')
  await app.label(STATISTIC, '2')
  await app.expectSaved()
  await app.chooseMenu('Settings')
  const settings = app.dialog('Settings')
  const claimRow = settings
    .getByRole('row')
    .filter({ has: page.getByRole('textbox', { name: 'Name of Claim' }) })

  await claimRow.getByRole('button', { name: 'Remove' }).click()

  const confirm = settings.getByRole('alertdialog', { name: 'Remove label' })
  await expect(confirm).toContainText(
    '1 span in 1 document use “Claim”. Remove the label and those spans?',
  )
  expect((await labelsOnDisk(project.dir)).map((label) => label.id)).toContain('claim')
  await confirm.getByRole('button', { name: 'Remove label and spans' }).click()

  await expect
    .poll(async () => (await labelsOnDisk(project.dir)).map((label) => label.id))
    .toEqual(['commitment', 'statistic'])
  await expect
    .poll(() => spansOnDisk(project.dir, project.annotator, docId))
    .toEqual([{ label: 'statistic', text: STATISTIC, sliced: STATISTIC }])
  await settings.getByRole('button', { name: 'Done' }).click()
  await expect(app.highlightsOf('claim')).toHaveCount(0)
  await expect(app.spans.getByRole('listitem')).toHaveCount(1)
})

test('keeping the label after the question changes nothing', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await app.label(COMMITMENT, '3')
  await app.expectSaved()
  await app.chooseMenu('Settings')
  const settings = app.dialog('Settings')
  const claimRow = settings
    .getByRole('row')
    .filter({ has: page.getByRole('textbox', { name: 'Name of Claim' }) })

  await claimRow.getByRole('button', { name: 'Remove' }).click()
  await settings.getByRole('button', { name: 'Keep the label' }).click()

  await expect(settings.getByRole('alertdialog')).toBeHidden()
  expect((await labelsOnDisk(project.dir)).map((label) => label.id)).toEqual([
    'commitment',
    'statistic',
    'claim',
  ])
})

test('a hotkey another label uses is refused with a reason; a free one is saved', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await app.chooseMenu('Settings')
  const settings = app.dialog('Settings')
  const claimKey = settings.getByRole('combobox', { name: 'Key for Claim' })

  await claimKey.selectOption('1')
  await expect(settings.getByRole('alert')).toHaveText('Key 1 is already used by “Commitment”.')
  await expect(claimKey).toHaveValue('3')

  await claimKey.selectOption('7')
  await expect
    .poll(() => labelsOnDisk(project.dir))
    .toContainEqual({
      id: 'claim',
      name: 'Claim',
      hotkey: '7',
    })
})

test('renaming a label keeps its id, so existing spans keep it', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  await app.label(STATISTIC, '2')
  await app.chooseMenu('Settings')
  const settings = app.dialog('Settings')

  await settings.getByRole('textbox', { name: 'Name of Statistic' }).fill('Figure')
  await page.keyboard.press('Enter')

  await expect
    .poll(() => labelsOnDisk(project.dir))
    .toContainEqual({
      id: 'statistic',
      name: 'Figure',
      hotkey: '2',
    })
  await settings.getByRole('button', { name: 'Done' }).click()
  await expect(app.spans).toContainText('Figure')
  expect(await spansOnDisk(project.dir, project.annotator, docId)).toEqual([
    { label: 'statistic', text: STATISTIC, sliced: STATISTIC },
  ])
})

test('with snapping turned off a drag keeps exactly the dragged characters', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  await app.chooseMenu('Settings')
  const settings = app.dialog('Settings')
  await settings.getByRole('checkbox', { name: /Snap selections to whole words/ }).uncheck()
  await expect
    .poll(async () => (await readProjectFile(project.dir))?.settings.snapToWords)
    .toBe(false)
  await settings.getByRole('button', { name: 'Done' }).click()

  await app.label('500 hộ dâ', '2')

  await expect
    .poll(() => spansOnDisk(project.dir, project.annotator, docId))
    .toEqual([{ label: 'statistic', text: '500 hộ dâ', sliced: '500 hộ dâ' }])
})

test('the annotator name is checked like the project files need, and new spans go under it', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  await app.chooseMenu('Settings')
  const settings = app.dialog('Settings')
  const name = settings.getByRole('textbox', { name: 'Annotator name' })

  await name.fill('bad name')
  await expect(
    settings.getByText('Use only letters, digits, dot, dash or underscore (no spaces).'),
  ).toBeVisible()
  await expect(settings.getByRole('button', { name: 'Change' })).toBeDisabled()

  await name.fill('lan.nguyen')
  await settings.getByRole('button', { name: 'Change' }).click()
  await expect(page.getByRole('button', { name: /^Annotator: lan\.nguyen/ })).toBeVisible()
  await settings.getByRole('button', { name: 'Done' }).click()

  await app.openDocument(/Hà Nội/)
  await app.label(STATISTIC, '2')
  await expect
    .poll(() => spansOnDisk(project.dir, 'lan.nguyen', docId))
    .toEqual([{ label: 'statistic', text: STATISTIC, sliced: STATISTIC }])
  expect(await spansOnDisk(project.dir, project.annotator, docId)).toEqual([])
})
