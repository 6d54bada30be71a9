import { expect, test } from '../fixtures'
import { WorkbenchPage } from '../pages/workbench-page'
import { readIndex } from '../support/project-files'
import { spansOnDisk } from './support/articles'
import { withTwoVersions } from './support/two-versions'

const TITLE = 'Harbour town plans new ferry'

test('re-importing an edited article carries its spans to the new version, linked to the old', async ({
  page,
  project,
}) => {
  await withTwoVersions(async (first, second) => {
    const app = new WorkbenchPage(page)
    await app.open(project.url)
    await app.importAndClose([first])
    await app.openDocument(TITLE)
    await app.label('buy two electric ferries for the harbour by 2028', '1')
    await app.label('4,500 people', '2')
    await app.label('a turning point for the town', '3')
    await app.expectSaved()

    const summary = await app.importFiles([second])

    const carried = summary.getByRole('list', {
      name: `Spans carried to the new version of ${TITLE}`,
    })
    await expect(carried.getByRole('listitem')).toHaveText([
      '1 span placed exactly',
      '1 span placed by fuzzy match (check them)',
      '1 span not placed (kept on the old version)',
      `Claim: “a turning point for the town” (${project.annotator}) — its text is not in the new version, nor anything close enough to it`,
    ])
    await page.setViewportSize({ width: 1400, height: 820 })
    await page.screenshot({ path: 'test-results/screenshots/reanchor-summary.png' })
    await summary.getByRole('button', { name: 'OK' }).click()

    const newer = app.documents.getByRole('option').filter({ hasText: 'new version' })
    const older = app.documents.getByRole('option').filter({ hasText: 'replaced' })
    await expect(app.documents.getByRole('option')).toHaveCount(2)
    await newer.click()
    await expect(app.highlights).toHaveCount(2)
    await expect(page.getByTestId('version-link')).toHaveText(
      `A new version of “${TITLE}”: its spans were carried over from the old version.Open the old version`,
    )
    await page.screenshot({ path: 'test-results/screenshots/reanchor-new-version.png' })
    const index = await readIndex(project.dir)
    const [oldId, newId] = (index?.documents ?? []).map((doc) => doc.id)
    expect(await spansOnDisk(project.dir, project.annotator, newId!)).toEqual([
      {
        label: 'commitment',
        text: 'buy two electric ferries for the harbour by 2029',
        sliced: 'buy two electric ferries for the harbour by 2029',
      },
      { label: 'statistic', text: '4,500 people', sliced: '4,500 people' },
    ])

    await page.getByRole('button', { name: 'Open the old version' }).click()
    await expect(older).toHaveAttribute('aria-selected', 'true')
    await expect(app.highlights).toHaveCount(3)
    expect(
      (await spansOnDisk(project.dir, project.annotator, oldId!)).map((span) => span.text),
    ).toEqual([
      'buy two electric ferries for the harbour by 2028',
      '4,500 people',
      'a turning point for the town',
    ])
  })
})
