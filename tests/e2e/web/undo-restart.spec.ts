import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { expect, test } from '@playwright/test'

import { E2E_ANNOTATOR } from '../fixtures'
import { WorkbenchPage } from '../pages/workbench-page'
import { startWebHost, type WebHost } from '../support/start-web-host'
import { docIdOf, spansOnDisk, VIETNAMESE } from './support/articles'

const TITLE = 'Hà Nội cam kết tăng cường hợp tác về dữ liệu sông Mê Kông'
const COMMITMENT = 'chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn'
const STATISTIC = '12.500 hộ dân'

/** How many undo steps the host keeps for `docId`, read from its data folder (0 when none). */
async function keptUndoSteps(dataDir: string, docId: string): Promise<number> {
  const folder = join(dataDir, 'undo-history')
  const files = await readdir(folder, { recursive: true }).catch(() => [] as string[])
  const file = files.find((name) => name.endsWith(`${docId}.json`))
  if (file === undefined) return 0
  const kept = JSON.parse(await readFile(join(folder, file), 'utf8')) as { undo: unknown[] }
  return kept.undo.length
}

// The host runs on a new port with a new token each start, so nothing the page kept could
// survive a restart: the history lives in the host's data folder.
test('Ctrl+Z still removes the last span after a page reload and after a host restart', async ({
  page,
}) => {
  const root = await mkdtemp(join(tmpdir(), 'gloss-e2e-undo-'))
  const dir = join(root, 'project')
  const dataDir = join(root, 'data')
  const start = () => startWebHost({ dir, dataDir, annotator: E2E_ANNOTATOR })
  let host: WebHost = await start()
  try {
    const app = new WorkbenchPage(page)
    await app.open(host.url)
    await app.importAndClose([VIETNAMESE])
    await app.openDocument(TITLE)
    const docId = await docIdOf(dir, 'vietnamese-nfc.txt')
    const onDisk = async () =>
      (await spansOnDisk(dir, E2E_ANNOTATOR, docId)).map((span) => span.sliced)
    await app.label(COMMITMENT, '1')
    await app.label(STATISTIC, '2')
    await app.label('năm trước', '3')
    await expect.poll(onDisk).toEqual([COMMITMENT, STATISTIC, 'năm trước'])
    await expect.poll(() => keptUndoSteps(dataDir, docId)).toBe(3)

    await page.reload()
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeEnabled()
    await page.keyboard.press('Control+z')

    await expect.poll(onDisk).toEqual([COMMITMENT, STATISTIC])
    await expect(app.highlightsOf('claim')).toHaveCount(0)
    await expect.poll(() => keptUndoSteps(dataDir, docId)).toBe(2)

    await host.stop()
    host = await start()
    await app.open(host.url)
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeEnabled()
    await page.keyboard.press('Control+z')

    await expect.poll(onDisk).toEqual([COMMITMENT])
    await expect(app.highlightsOf('statistic')).toHaveCount(0)
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(onDisk).toEqual([COMMITMENT, STATISTIC])
  } finally {
    await host.stop()
    await rm(root, { recursive: true, force: true })
  }
})
