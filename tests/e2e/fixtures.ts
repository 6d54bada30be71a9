import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { test as base, expect, type TestInfo } from '@playwright/test'

import { startWebHost } from './support/start-web-host'

/** A fresh project served by its own browser host, for one test. */
export interface GlossProject {
  /** The project folder (created by the host on start). */
  readonly dir: string
  /** GLOSS_DATA_DIR of the host: app settings live here, never in the user's home. */
  readonly dataDir: string
  /** The host's address with its token; `page.goto(project.url)` opens the app. */
  readonly url: string
  readonly annotator: string
}

export const E2E_ANNOTATOR = 'e2e-analyst'

/** A browser host on a fresh data dir, opened without a project: Gloss's first run. */
export interface FirstRun {
  /** GLOSS_DATA_DIR of the host: the sample project is made in here. */
  readonly dataDir: string
  readonly url: string
  readonly annotator: string
}

// One temp folder per test holding the data dir (and the project, if any), removed after; a
// failed test's files go with its other results (test-results/, cleared by the next run).
const hostFor =
  (withProject: boolean) =>
  async (use: (started: GlossProject) => Promise<void>, testInfo: TestInfo): Promise<void> => {
    const root = await mkdtemp(join(tmpdir(), 'gloss-e2e-'))
    const dir = join(root, 'project')
    const dataDir = join(root, 'data')
    const host = await startWebHost({
      ...(withProject && { dir }),
      dataDir,
      annotator: E2E_ANNOTATOR,
    })
    try {
      await use({ dir, dataDir, url: host.url, annotator: E2E_ANNOTATOR })
    } finally {
      await host.stop()
      if (testInfo.status !== testInfo.expectedStatus) {
        const kept = testInfo.outputPath('project-folder')
        await cp(root, kept, { recursive: true }).catch(() => undefined)
        await testInfo.attach('project folder', { body: `${kept}\n\nhost log:\n${host.log()}` })
      }
      await rm(root, { recursive: true, force: true })
    }
  }

export const test = base.extend<{ project: GlossProject; firstRun: FirstRun }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  project: async ({}, use, testInfo) => hostFor(true)(use, testInfo),
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  firstRun: async ({}, use, testInfo) => hostFor(false)(use, testInfo),
})

export { expect }
