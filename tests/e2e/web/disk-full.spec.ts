import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { E2E_ANNOTATOR, expect, test } from '../fixtures'
import { WorkbenchPage } from '../pages/workbench-page'
import { startWebHost } from '../support/start-web-host'
import { emptyVolume, fillVolume, mountTmpfs, unmount } from '../../support/tmpfs'
import { article, docIdOf, spansOnDisk } from './support/articles'

const COUNCIL = article('crlf-line-endings.txt')
const COUNCIL_TITLE = 'Council pledges new bus routes'

test('a full disk: the status says not saved and why, the edit stays, and it is saved once space is freed', async ({
  page,
}) => {
  const root = await mkdtemp(join(tmpdir(), 'gloss-e2e-full-'))
  const volume = join(root, 'volume')
  await mkdir(volume)
  const cannot = mountTmpfs(volume, '256k')
  try {
    test.skip(cannot !== null, cannot ?? '')
    const dir = join(volume, 'project')
    const host = await startWebHost({ dir, dataDir: join(root, 'data'), annotator: E2E_ANNOTATOR })
    try {
      const app = new WorkbenchPage(page)
      await app.open(host.url)
      await app.importAndClose([COUNCIL])
      await app.openDocument(COUNCIL_TITLE)
      await app.label('14 bus routes', '2')
      await app.expectSaved()
      const docId = await docIdOf(dir, 'crlf-line-endings.txt')
      const layer = join(dir, 'annotations', E2E_ANNOTATOR)

      const ballast = await fillVolume(volume)
      await app.label('Ridership rose 8%', '2')
      await expect(app.saveState).toContainText(
        `Not saved: Gloss could not save ${join(layer, `${docId}.json`)}: the disk is full. Free some disk space, then try again.`,
      )
      await expect(app.saveState).toContainText(
        'Your edits are kept here; Gloss tries again by itself.',
      )
      await expect(app.highlights).toHaveCount(2)
      await page.screenshot({ path: 'test-results/screenshots/not-saved-disk-full.png' })

      await emptyVolume(ballast)
      // Gloss tries again by itself (2 s after the failure, then 4 s, ...).
      await expect(app.saveState).toHaveText('Saved', { timeout: 20_000 })
      expect(
        (await spansOnDisk(dir, E2E_ANNOTATOR, docId)).map((span) => span.text).sort(),
      ).toEqual(['14 bus routes', 'Ridership rose 8%'])
      expect(await readdir(layer)).toEqual([`${docId}.json`])
    } finally {
      await host.stop()
    }
  } finally {
    if (cannot === null) unmount(volume)
    await rm(root, { recursive: true, force: true })
  }
})
