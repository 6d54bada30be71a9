import { expect, test } from '../fixtures'
import { AgreementPage } from '../pages/agreement-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { EMOJI, VIETNAMESE } from './support/articles'

test('the agreement view charts the spans per label: the open document and the project', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await page.setViewportSize({ width: 1400, height: 900 })
  await app.importAndClose([VIETNAMESE, EMOJI])
  await app.openDocument(/Harbour festival/)
  await app.label('families', '2')
  await app.openDocument(/Hà Nội/)
  await app.label('12.500 hộ dân', '2')
  await app.label('tăng 3,5%', '2')
  await app.label('chia sẻ dữ liệu', '1')
  await app.expectSaved()

  const agreement = new AgreementPage(page)
  await agreement.tab.click()
  const documentChart = agreement.root.getByTestId('distribution-document-chart')
  const projectChart = agreement.root.getByTestId('distribution-project-chart')

  await expect(documentChart).toHaveAccessibleName(
    'Spans per label in this document: Commitment 1, Statistic 2, Claim 0',
  )
  await expect(projectChart).toHaveAccessibleName(
    'Spans per label in the project: Commitment 1, Statistic 3, Claim 0',
  )
  // Drawn as SVG (the CSP allows no inline styles), one bar per label with spans.
  await expect(projectChart.locator('svg')).toBeVisible()
  await agreement.root.getByRole('heading', { name: 'Label distribution' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screenshots/label-distribution.png' })
})
