import type { CDPSession, Page } from '@playwright/test'

import { installPaintProbe, type ProbeSpan } from './paint-probe'

// tsx keeps function names with an `__name` helper that a page does not have; give it one so
// that functions handed to the page (the probe, `evaluate` bodies) run there as written.
const PROBE_SCRIPT = `globalThis.__name = (target) => target;\n(${installPaintProbe.toString()})()`

/** Injects the paint probe into every document the page loads, before the app's own code. */
export async function addProbe(page: Page): Promise<void> {
  await page.addInitScript({ content: PROBE_SCRIPT })
}

export async function setProbeSpans(page: Page, spans: readonly ProbeSpan[]): Promise<void> {
  const plain = spans.map(({ id, start, end }) => ({ id, start, end }))
  await page.evaluate((list) => window.glossProbe?.setSpans(list), plain)
}

/** One timed action: from the page's own stamp of the trigger to painted, and its longest frame. */
export interface Timed {
  readonly ms: number
  readonly worstFrame: number
  /**
   * The page's main thread busy over the action (Chromium's TaskDuration: script, style,
   * layout, paint), in ms: the work itself, without the wait for the display's next frame.
   */
  readonly busy: number
}

type Mark = 'click' | 'keydown' | 'mouseup'

const sessions = new WeakMap<Page, CDPSession>()

/** Chromium's running total of main-thread task time for the page, in ms. */
async function taskTime(page: Page): Promise<number> {
  let session = sessions.get(page)
  if (!session) {
    session = await page.context().newCDPSession(page)
    await session.send('Performance.enable')
    sessions.set(page, session)
  }
  const { metrics } = await session.send('Performance.getMetrics')
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN) * 1_000
}

/**
 * Arms the probe with `arm` (which calls `glossProbe.arm(check)` in the page), runs `act`,
 * and returns the time from the trigger's stamp (`mark`) to painted.
 */
export async function timedAction<A>(
  page: Page,
  arm: (arg: A) => void,
  arg: A,
  mark: Mark,
  act: () => Promise<void>,
): Promise<Timed> {
  // The argument is plain JSON, which Playwright hands over unchanged.
  await page.evaluate(arm as (value: unknown) => void, arg)
  await page.evaluate(() => window.glossProbe?.startFrames())
  const before = await taskTime(page)
  await act()
  const timed = await page.evaluate(async (which) => {
    const probe = window.glossProbe
    if (!probe?.pending) throw new Error('bench: the probe was not armed')
    const painted = await probe.pending
    return { ms: painted - probe.marks[which], worstFrame: probe.stopFrames() }
  }, mark)
  return { ...timed, busy: (await taskTime(page)) - before }
}

/** Where a word on screen is: the middle of its first and last characters, and its offsets. */
export interface WordOnScreen {
  readonly first: { readonly x: number; readonly y: number }
  readonly last: { readonly x: number; readonly y: number }
  readonly start: number
  readonly end: number
}

/**
 * The `nth` (round the list) word of five letters or more on one line of a block that is
 * fully on screen, away from the palette's place at the bottom.
 */
export async function wordOnScreen(page: Page, nth: number): Promise<WordOnScreen> {
  const word = await page.evaluate((n) => {
    const view = window.glossProbe?.view()
    if (!view) return null
    const frame = view.getBoundingClientRect()
    const blocks = [...view.querySelectorAll('[data-start]')].filter((block) => {
      const rect = block.getBoundingClientRect()
      return rect.top >= frame.top + 30 && rect.bottom <= frame.bottom - 140
    })
    const candidates: { node: Text; from: number; to: number; blockStart: number }[] = []
    for (const block of blocks) {
      const node = block.firstChild
      if (!(node instanceof Text)) continue
      for (const match of node.data.matchAll(/\p{L}{5,}/gu)) {
        const from = match.index
        candidates.push({
          node,
          from,
          to: from + match[0].length,
          blockStart: Number(block.getAttribute('data-start')),
        })
      }
    }
    for (let k = 0; k < candidates.length; k++) {
      const pick = candidates[(n * 37 + k) % candidates.length]
      if (!pick) continue
      const range = document.createRange()
      range.setStart(pick.node, pick.from)
      range.setEnd(pick.node, pick.to)
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0)
      const rect = rects[0]
      if (rects.length !== 1 || !rect) continue
      const y = rect.top + rect.height / 2
      return {
        first: { x: rect.left + 2, y },
        last: { x: rect.right - 2, y },
        start: pick.blockStart + pick.from,
        end: pick.blockStart + pick.to,
      }
    }
    return null
  }, nth)
  if (!word) throw new Error('bench: no word on screen to select')
  return word
}

/** A real mouse drag over the word, as an analyst selects it. */
export async function dragOver(page: Page, word: WordOnScreen): Promise<void> {
  await page.mouse.move(word.first.x, word.first.y)
  await page.mouse.down()
  await page.mouse.move(word.last.x, word.last.y, { steps: 4 })
  await page.mouse.up()
}

/**
 * Scrolls the text view from top to bottom in `steps` jumps, each until everything on screen
 * is painted; returns each jump's time and the longest frame while scrolling.
 */
export async function scrollThrough(
  page: Page,
  steps: number,
): Promise<{ readonly stepMs: number[]; readonly worstFrame: number }> {
  await page.evaluate(() => {
    const probe = window.glossProbe
    probe?.view()?.scrollTo(0, 0)
    probe?.arm(() => probe.allOnScreenPainted())
  })
  await page.evaluate(() => window.glossProbe?.pending)
  await page.evaluate(() => window.glossProbe?.startFrames())
  const stepMs: number[] = []
  for (let step = 1; step <= steps; step++) {
    const started = await page.evaluate((fraction) => {
      const probe = window.glossProbe
      const view = probe?.view()
      if (!probe || !view) throw new Error('bench: no text view')
      probe.arm(() => probe.allOnScreenPainted())
      const now = performance.now()
      view.scrollTop = (view.scrollHeight - view.clientHeight) * fraction
      return now
    }, step / steps)
    const painted = await page
      .evaluate(() => window.glossProbe?.pending ?? null)
      .catch(async (error: unknown) => {
        const missing = await page.evaluate(() => {
          const probe = window.glossProbe
          const painted = probe?.paintedIds() ?? new Set()
          return probe?.expectedOnScreen().filter((id) => !painted.has(id)) ?? []
        })
        throw new Error(`bench: step ${step}: not painted: ${missing.slice(0, 20).join(', ')}`, {
          cause: error,
        })
      })
    if (painted === null) throw new Error('bench: the probe was not armed')
    stepMs.push(painted - started)
  }
  const worstFrame = await page.evaluate(() => window.glossProbe?.stopFrames() ?? Number.NaN)
  return { stepMs, worstFrame }
}

/** The page's JavaScript heap after a full collection, in MB (10^6 bytes). */
export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return usedSize / 1e6
  } finally {
    await cdp.detach()
  }
}
