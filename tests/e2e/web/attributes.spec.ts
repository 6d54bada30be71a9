import { readFile } from 'node:fs/promises'

import { unzipSync } from 'fflate'

import { expect, test } from '../fixtures'
import { AttributesPage } from '../pages/attributes-page'
import { ExportDialogPage } from '../pages/export-dialog-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { readAnnotationFile, readDocumentText, readProjectFile } from '../support/project-files'
import { docIdOf, VIETNAMESE } from './support/articles'
import { codePointRange } from './support/expected-files'

const COMMITMENT = 'chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn'

test('an attribute defined in Settings is set by keyboard, listed, saved and exported to brat', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const attributes = new AttributesPage(page)
  await page.setViewportSize({ width: 1400, height: 860 })
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE])
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')

  // Settings: Commitment → actor (text), strength (firm / hedged), quoted (yes/no).
  await app.chooseMenu('Settings')
  await attributes.definitions('Commitment').fill('actor; strength: firm | hedged; quoted: yes/no')
  await attributes.definitions('Commitment').press('Enter')
  await expect
    .poll(async () => (await readProjectFile(project.dir))?.labels[0]?.attributes)
    .toEqual([
      { name: 'actor', kind: 'text' },
      { name: 'strength', kind: 'choice', values: ['firm', 'hedged'] },
      { name: 'quoted', kind: 'yes-no' },
    ])
  await page.screenshot({ path: 'test-results/screenshots/attributes-settings.png' })
  await app.dialog('Settings').getByRole('button', { name: 'Done' }).click()

  // Tag a commitment, then A, type the actor, Tab, 2 (hedged), Tab, Space (quoted).
  await app.label(COMMITMENT, '1')
  await page.keyboard.press('a')
  await expect(attributes.textField('actor')).toBeFocused()
  await page.keyboard.type('Bộ trưởng Lan')
  await page.keyboard.press('Tab')
  await expect(attributes.choice('strength')).toBeFocused()
  await page.keyboard.press('2')
  await expect(attributes.choice('strength')).toHaveValue('hedged')
  await page.keyboard.press('Tab')
  await expect(attributes.yesNo('quoted')).toBeFocused()
  await page.keyboard.press('Space')
  await expect(attributes.yesNo('quoted')).toBeChecked()

  await expect(app.spans.getByRole('listitem')).toHaveText([
    /Commitment\s*actor: Bộ trưởng Lan · strength: hedged · quoted: yes/,
  ])
  await app.expectSaved()
  await expect
    .poll(async () => (await readAnnotationFile(project.dir, project.annotator, docId))?.spans)
    .toMatchObject([
      {
        text: COMMITMENT,
        attributes: { actor: 'Bộ trưởng Lan', strength: 'hedged', quoted: true },
      },
    ])
  await page.screenshot({ path: 'test-results/screenshots/attributes-inspector.png' })

  await app.chooseMenu('Export…')
  const dialog = new ExportDialogPage(page)
  await dialog.format.selectOption('brat')
  const file = await dialog.exportAndDownload()
  const entries = unzipSync(new Uint8Array(await readFile(await file.path())))
  const { start, end } = codePointRange(await readDocumentText(project.dir, docId), COMMITMENT)
  const utf8 = new TextDecoder()
  expect(utf8.decode(entries[`project-brat/${docId}.ann`])).toBe(
    `T1\tCommitment ${start} ${end}\t${COMMITMENT}\n` +
      'A1\tactor T1 Bộ_trưởng_Lan\n' +
      'A2\tquoted T1\n' +
      'A3\tstrength T1 hedged\n',
  )
  const conf = utf8.decode(entries['project-brat/annotation.conf'])
  expect(conf.slice(conf.indexOf('[attributes]'))).toBe(
    '[attributes]\n' +
      'actor\tArg:Commitment, Value:Bộ_trưởng_Lan\n' +
      'quoted\tArg:Commitment\n' +
      'strength\tArg:Commitment, Value:firm|hedged\n',
  )
})
