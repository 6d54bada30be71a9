import { chromium, type Page } from '@playwright/test'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/support/chromium'
import type { BenchSpan } from '../page/bench-api'
import { heapMB } from '../ui/page-actions'
import type { UiCase } from '../ui/ui-case'
import { measure, type UiMeasure } from '../ui/ui-measure'

export const LABEL_NAMES: Readonly<Record<string, string>> = {
  commitment: 'Commitment',
  statistic: 'Statistic',
  claim: 'Claim',
}

// Functions handed to the page keep tsx's `__name` calls; the page gets the helper, and a
// stamp of the last mouse release taken before any page code sees it.
const INIT = `globalThis.__name = (target) => target;
window.addEventListener('mouseup', () => (window.lastMouseUp = performance.now()), { capture: true })`

declare global {
  interface Window {
    lastMouseUp?: number
  }
}

const inPage = <T>(page: Page, body: string): Promise<T> => page.evaluate(body) as Promise<T>

/** A word of five letters or more inside the scrolling element's view, found in its text nodes. */
async function wordOnScreen(page: Page, nth: number) {
  const word = await page.evaluate((n) => {
    const bench = window.bench
    const root = bench?.textRoot()
    const frame = bench?.scrollElement()?.getBoundingClientRect()
    if (!root || !frame) return null
    const found: { x1: number; x2: number; y: number }[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node && found.length < 400; node = walker.nextNode()) {
      const data = (node as Text).data
      for (const match of data.matchAll(/\p{L}{5,}/gu)) {
        const range = document.createRange()
        range.setStart(node, match.index)
        range.setEnd(node, match.index + match[0].length)
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0)
        const rect = rects[0]
        if (rects.length !== 1 || !rect) continue
        if (rect.top < frame.top + 30 || rect.bottom > frame.bottom - 140) continue
        found.push({ x1: rect.left + 2, x2: rect.right - 2, y: rect.top + rect.height / 2 })
      }
    }
    return found[(n * 37) % Math.max(1, found.length)] ?? null
  }, nth)
  if (!word) throw new Error('compare: no word on screen')
  return word
}

/**
 * Any page that offers `window.bench` (issue #7's API), driven through that API alone: load,
 * addSpan near the top, a real mouse selection, a scroll through, the heap. Each figure is
 * timed in the page from the call (or the mouse release) to the page's own "painted".
 */
export async function benchAnyPage(
  url: string,
  frontEnd: string,
  data: UiCase,
  reps: number,
): Promise<UiMeasure[]> {
  const spans: BenchSpan[] = data.spans.map(({ id, start, end, label }) => ({
    id,
    start,
    end,
    label: LABEL_NAMES[label] ?? label,
  }))
  const words = [...data.text.slice(0, 3_000).matchAll(/\p{L}{5,}/gu)]
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.addInitScript({ content: INIT })
    await page.goto(url)
    await page.waitForFunction(() => window.bench !== undefined)
    const load: number[] = []
    for (let rep = 0; rep <= reps; rep++) {
      const ms = await page.evaluate(
        async ([text, list]) => {
          const started = performance.now()
          await window.bench?.load(text, list)
          return performance.now() - started
        },
        [data.text, spans] as const,
      )
      if (rep > 0) load.push(ms)
    }
    const heap = await heapMB(page)
    const add: number[] = []
    const mouse: number[] = []
    for (let rep = 0; rep <= reps; rep++) {
      const match = words[(rep * 7) % words.length]
      const start = match?.index ?? 0
      const span = {
        id: `added-${rep}`,
        start,
        end: start + (match?.[0].length ?? 1),
        label: 'Claim',
      }
      const added = await page.evaluate(async (one) => {
        const started = performance.now()
        await window.bench?.addSpan(one)
        return performance.now() - started
      }, span)
      await page.evaluate(() => window.bench?.prepareMouseAdd('Commitment'))
      const word = await wordOnScreen(page, rep)
      await page.mouse.move(word.x1, word.y)
      await page.mouse.down()
      await page.mouse.move(word.x2, word.y, { steps: 4 })
      await page.mouse.up()
      const painted = await inPage<number>(
        page,
        'window.bench.waitMouseAdded().then((t) => t - window.lastMouseUp)',
      )
      if (rep > 0) {
        add.push(added)
        mouse.push(painted)
      }
    }
    const scroll: number[] = []
    for (let rep = 0; rep < reps; rep++) {
      scroll.push(
        await page.evaluate(async () => {
          const view = window.bench?.scrollElement()
          if (!view) return Number.NaN
          const frame = (): Promise<number> => new Promise((done) => requestAnimationFrame(done))
          view.scrollTop = 0
          await frame()
          let last = await frame()
          let worst = 0
          for (let step = 1; step <= 20; step++) {
            view.scrollTop = ((view.scrollHeight - view.clientHeight) * step) / 20
            for (let k = 0; k < 2; k++) {
              const now = await frame()
              worst = Math.max(worst, now - last)
              last = now
            }
          }
          return worst
        }),
      )
    }
    const base = { case: data.size.name, where: 'compare', unit: 'ms' } as const
    return [
      measure({ ...base, what: `${frontEnd}: load → painted` }, load),
      measure({ ...base, what: `${frontEnd}: addSpan → painted` }, add),
      measure({ ...base, what: `${frontEnd}: mouse add (mouseup → painted)` }, mouse),
      measure({ ...base, what: `${frontEnd}: scroll top → bottom, worst frame` }, scroll),
      measure({ ...base, what: `${frontEnd}: JS heap after load`, unit: 'MB' }, [heap]),
    ]
  } finally {
    await browser.close()
  }
}
