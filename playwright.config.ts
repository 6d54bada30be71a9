import { defineConfig } from '@playwright/test'

import { electronBinaryInstalled } from './scripts/electron-binary.mjs'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/support/chromium'

// The list reporter does not print skip reasons: say once, in the runner, why desktop e2e skips.
if (!electronBinaryInstalled() && process.env['GLOSS_ELECTRON_SKIP_NOTED'] === undefined) {
  process.env['GLOSS_ELECTRON_SKIP_NOTED'] = '1'
  console.warn(
    'gloss: tests/e2e/electron will be skipped: Electron binary not installed (its installer could not download it).',
  )
}

export default defineConfig({
  outputDir: 'test-results',
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  // No webServer: every test starts its own browser host on a fresh project (tests/e2e/fixtures.ts).
  projects: [
    { name: 'web', testDir: 'tests/e2e/web' },
    { name: 'electron', testDir: 'tests/e2e/electron' },
  ],
})
