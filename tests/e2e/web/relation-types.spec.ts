import { expect, test } from '../fixtures'
import { seriousViolations } from '../pages/accessibility'
import { ExportDialogPage } from '../pages/export-dialog-page'
import { RelationTypesPage } from '../pages/relation-types-page'
import { RelationsPage } from '../pages/relations-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { exportBrat } from '../support/brat-download'
import { readProjectFile } from '../support/project-files'
import { VIETNAMESE } from './support/articles'

const COMMITMENT = 'chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn'
const STATISTIC = '12.500 hộ dân'
const COMMITMENT_QUOTED = 'chính phủ sẽ tăng cường chia sẻ dữ liệu …'
const CONTRADICTS = { id: 'contradicts', name: 'contradicts', description: 'Says the opposite.' }

test.beforeEach(async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await page.setViewportSize({ width: 1400, height: 900 })
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE])
})

test('a type added in Settings is picked by its number at once and exported to brat', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const relations = new RelationsPage(page)

  await app.chooseMenu('Settings')
  const settings = app.dialog('Settings')
  const types = new RelationTypesPage(settings)
  await types.add('contradicts', 'Says the opposite.')
  await expect
    .poll(() => types.names())
    .toEqual(['supports', 'made by', 'quantifies', 'contradicts'])
  await expect
    .poll(async () => (await readProjectFile(project.dir))?.relationTypes)
    .toEqual([
      {
        id: 'supports',
        name: 'supports',
        description: 'A claim or statistic backs up another span.',
      },
      { id: 'made-by', name: 'made by', description: 'A commitment or claim and who made it.' },
      { id: 'quantifies', name: 'quantifies', description: 'A statistic puts a number on a span.' },
      CONTRADICTS,
    ])
  await types.section.screenshot({ path: 'test-results/screenshots/relation-types-settings.png' })
  expect(await seriousViolations(page)).toEqual([])
  await settings.getByRole('button', { name: 'Done' }).click()

  await app.openDocument(/Hà Nội/)
  await app.label(COMMITMENT, '1')
  await app.label(STATISTIC, '2')
  await app.expectSaved()
  await page.keyboard.press('r')
  await app.clickPhrase(COMMITMENT)
  await expect(relations.type('contradicts')).toHaveAttribute('title', 'Says the opposite.')
  await page.keyboard.press('4')
  await expect(relations.rows).toHaveText([`→ contradicts: '${COMMITMENT_QUOTED}'×`])
  await app.expectSaved()

  await app.chooseMenu('Export…')
  const { annLines } = await exportBrat(new ExportDialogPage(page))
  expect(annLines.filter((line) => line.startsWith('R'))).toEqual([
    'R1\tcontradicts Arg1:T2 Arg2:T1',
  ])
})

test('types are renamed, reordered and removed in Settings; the keys follow the order', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await app.chooseMenu('Settings')
  const types = new RelationTypesPage(app.dialog('Settings'))

  const name = types.section.getByRole('textbox', { name: 'Name of the relation type made by' })
  await name.fill('said by')
  await name.press('Enter')
  await types.button('Move quantifies up').click()
  await types.button('Remove the relation type supports').click()
  await expect.poll(() => types.names()).toEqual(['quantifies', 'said by'])
  await expect
    .poll(async () => (await readProjectFile(project.dir))?.relationTypes?.map((t) => t.id))
    .toEqual(['quantifies', 'made-by'])
  await expect(types.rows.locator('kbd')).toHaveText(['1', '2'])
})

test('a name used twice is refused in place and nothing is saved', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await app.chooseMenu('Settings')
  const types = new RelationTypesPage(app.dialog('Settings'))
  await types.add('Supports')
  await expect(types.section.getByRole('alert')).toHaveText(
    'Two relation types are named "Supports" and "supports".',
  )
  expect((await readProjectFile(project.dir))?.relationTypes).toBeUndefined()
})
