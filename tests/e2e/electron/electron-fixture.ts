import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import {
  _electron,
  type ElectronApplication,
  expect,
  type Page,
  test as base,
} from '@playwright/test'

import { electronBinaryInstalled } from '../../../scripts/electron-binary.mjs'
import { REPO_ROOT } from '../support/paths'

export interface DesktopProject {
  readonly dir: string
  readonly dataDir: string
}

interface ElectronFixtures {
  readonly desktopProject: DesktopProject
  readonly electronApp: ElectronApplication
  /** The Gloss window, loaded. */
  readonly window: Page
}

const SKIP_REASON =
  'Electron binary not installed (its installer could not download it); desktop e2e needs it'

/** Starts the built desktop app on the project, as `npm start -- <folder>` does. */
export const launchGloss = (project: DesktopProject): Promise<ElectronApplication> =>
  _electron.launch({
    cwd: REPO_ROOT,
    args: [join(REPO_ROOT, 'out', 'main', 'index.js'), project.dir],
    env: { ...process.env, GLOSS_DATA_DIR: project.dataDir },
  })

export const test = base.extend<ElectronFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  desktopProject: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'gloss-electron-'))
    await use({ dir: join(root, 'project'), dataDir: join(root, 'data') })
    await rm(root, { recursive: true, force: true })
  },
  electronApp: async ({ desktopProject }, use, testInfo) => {
    testInfo.skip(!electronBinaryInstalled(), SKIP_REASON)
    const app = await launchGloss(desktopProject)
    try {
      await use(app)
    } finally {
      await app.close()
    }
  },
  window: async ({ electronApp }, use) => {
    const window = await electronApp.firstWindow()
    await window.waitForLoadState('domcontentloaded')
    await use(window)
  },
})

export { expect }
