import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { chromium } from '@playwright/test'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/support/chromium'
import { startWebHost } from '../tests/e2e/support/start-web-host'
import { type Figure, timed } from './timing'

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/**
 * The 1M-character / 20,000-span article in real Chromium through the browser host (needs
 * `npm run build`): how long it takes to open, and how long a frame takes while scrolling.
 */
export async function benchUi(projectDir: string): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gloss-bench-ui-'))
  const host = await startWebHost({ dir: projectDir, dataDir, annotator: 'bench' })
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    // The app opens the first unfinished document by itself: time the whole cold start.
    const opened = await timed(async () => {
      await page.goto(host.url)
      await page.getByTestId('highlight').first().waitFor()
    })
    const textView = page.getByTestId('text-view')
    const mountedBlocks = await textView.locator('[data-start]').count()
    const frames: number[] = []
    for (let step = 1; step <= 20; step++) {
      frames.push(
        await textView.evaluate(async (view, fraction) => {
          const started = performance.now()
          view.scrollTop = view.scrollHeight * fraction
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
          return performance.now() - started
        }, step / 20),
      )
    }
    const round = (ms: number): number => Math.round(ms * 10) / 10
    return [
      {
        name: 'ui: cold start on a 1M-char article with 20,000 spans (→ highlights)',
        value: opened.ms,
        unit: 'ms',
        target: 'opens without freezing',
      },
      { name: 'ui: text blocks in the DOM after opening', value: mountedBlocks, unit: 'blocks' },
      {
        name: 'ui: jump-scroll to a new place, median (2 frames)',
        value: round(median(frames)),
        unit: 'ms',
      },
      {
        name: 'ui: jump-scroll to a new place, worst of 20',
        value: round(Math.max(...frames)),
        unit: 'ms',
      },
    ]
  } finally {
    await browser.close()
    await host.stop()
  }
}
