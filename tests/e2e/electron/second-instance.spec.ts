import { spawn } from 'node:child_process'
import { join } from 'node:path'

import { electronBinaryPath } from '../../../scripts/electron-binary.mjs'
import { REPO_ROOT } from '../support/paths'
import { expect, test } from './electron-fixture'

type Counted = typeof globalThis & { secondInstances?: number }

test('a second start on the same data folder quits and brings the first window forward', async ({
  electronApp,
  desktopProject,
  window,
}) => {
  await expect(window).toHaveTitle(/Gloss/)
  await electronApp.evaluate(({ app }) => {
    const counted = globalThis as Counted
    counted.secondInstances = 0
    app.on('second-instance', () => (counted.secondInstances = (counted.secondInstances ?? 0) + 1))
  })

  // The fixture skips the test when the binary is missing, so it is there.
  const binary = electronBinaryPath() as string
  const second = spawn(binary, [join(REPO_ROOT, 'out', 'main', 'index.js'), desktopProject.dir], {
    cwd: REPO_ROOT,
    env: { ...process.env, GLOSS_DATA_DIR: desktopProject.dataDir },
    stdio: 'ignore',
  })
  const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve))

  expect(exitCode).toBe(0)
  await expect
    .poll(() => electronApp.evaluate(() => (globalThis as Counted).secondInstances))
    .toBe(1)
  expect(electronApp.windows()).toHaveLength(1)
  expect(
    await electronApp.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.isMinimized(),
    ),
  ).toBe(false)
})
