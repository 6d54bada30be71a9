import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { test as base, expect } from '@playwright/test'

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

export const test = base.extend<{ project: GlossProject }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  project: async ({}, use, testInfo) => {
    const root = await mkdtemp(join(tmpdir(), 'gloss-e2e-'))
    const dir = join(root, 'project')
    const dataDir = join(root, 'data')
    const host = await startWebHost({ dir, dataDir, annotator: E2E_ANNOTATOR })
    try {
      await use({ dir, dataDir, url: host.url, annotator: E2E_ANNOTATOR })
    } finally {
      await host.stop()
      if (testInfo.status !== testInfo.expectedStatus) {
        // A failed test's files go with its other results (test-results/, cleared by the next
        // run), so nothing is left in the temp folder.
        const kept = testInfo.outputPath('project-folder')
        await cp(root, kept, { recursive: true }).catch(() => undefined)
        await testInfo.attach('project folder', { body: `${kept}\n\nhost log:\n${host.log()}` })
      }
      await rm(root, { recursive: true, force: true })
    }
  },
})

export { expect }
