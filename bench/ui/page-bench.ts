import { chromium, type Page } from '@playwright/test'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/support/chromium'
import type { BenchSpan } from '../page/bench-api'
import { servePage } from '../page-server/serve-page'
import { VIEWPORT } from './app-bench'
import { dragOver, heapMB, scrollThrough, wordOnScreen } from './page-actions'
import { uiCase, type UiCaseSize } from './ui-case'
import { measure, type UiMeasure } from './ui-measure'
import { targetsFor } from './ui-targets'

const LABEL_NAMES: Readonly<Record<string, string>> = {
  commitment: 'Commitment',
  statistic: 'Statistic',
  claim: 'Claim',
}

/** `window.bench.load`, timed in the page from the call to painted. */
const timedLoad = (page: Page, text: string, spans: readonly BenchSpan[]): Promise<number> =>
  page.evaluate(
    async ([body, list]) => {
      const bench = window.bench
      if (!bench) throw new Error('bench: window.bench is missing')
      const started = performance.now()
      await bench.load(body, list)
      return performance.now() - started
    },
    [text, spans] as const,
  )

/** `window.bench.addSpan` with a word on screen, timed in the page. */
async function timedAddSpan(page: Page, nth: number): Promise<number> {
  const word = await wordOnScreen(page, nth)
  return page.evaluate(
    async (span) => {
      const started = performance.now()
      await window.bench?.addSpan(span)
      return performance.now() - started
    },
    { id: `added-${nth}`, start: word.start, end: word.end, label: 'Claim' },
  )
}

/** `prepareMouseAdd`, a real drag, `waitMouseAdded`: from the mouse button's release. */
async function timedMouseAdd(page: Page, nth: number): Promise<number> {
  await page.evaluate(() => window.bench?.prepareMouseAdd('Commitment'))
  await dragOver(page, await wordOnScreen(page, nth + 1000))
  return page.evaluate(async () => {
    const painted = (await window.bench?.waitMouseAdded()) ?? Number.NaN
    return painted - (window.glossProbe?.marks.mouseup ?? Number.NaN)
  })
}

/** A mouse press and release on the page that changes nothing: what "painted" costs alone. */
async function idleMouseUp(page: Page): Promise<number> {
  await page.evaluate(() => {
    const probe = window.glossProbe
    const armed = performance.now()
    probe?.arm(() => probe.marks.mouseup > armed)
  })
  await page.mouse.move(VIEWPORT.width / 2, 20)
  await page.mouse.down()
  await page.mouse.up()
  return page.evaluate(async () => {
    const probe = window.glossProbe
    return ((await probe?.pending) ?? Number.NaN) - (probe?.marks.mouseup ?? Number.NaN)
  })
}

/**
 * The bench page (`npm run bench:page`: the real app over an in-memory transport, built in
 * `pageDir`) driven through `window.bench` as any harness would drive it.
 */
export async function benchPageCase(
  size: UiCaseSize,
  reps: number,
  pageDir: string,
): Promise<UiMeasure[]> {
  const data = uiCase(size)
  const spans: BenchSpan[] = data.spans.map(({ id, start, end, label }) => ({
    id,
    start,
    end,
    label: LABEL_NAMES[label] ?? label,
  }))
  const served = await servePage(pageDir)
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
  try {
    const page = await browser.newPage({ viewport: VIEWPORT })
    page.on('pageerror', (error) => console.error(`bench: page error: ${error.message}`))
    await page.goto(served.url)
    await page.waitForFunction(() => window.bench !== undefined)
    // The first load and adds run cold (nothing compiled yet): left out of the medians.
    await timedLoad(page, data.text, spans)
    const load: number[] = []
    for (let rep = 0; rep < reps; rep++) load.push(await timedLoad(page, data.text, spans))
    const heap = await heapMB(page)
    await timedAddSpan(page, reps)
    await timedMouseAdd(page, reps)
    const add: number[] = []
    const mouse: number[] = []
    for (let rep = 0; rep < reps; rep++) {
      add.push(await timedAddSpan(page, rep))
      mouse.push(await timedMouseAdd(page, rep))
    }
    const floor: number[] = []
    for (let rep = 0; rep < reps; rep++) floor.push(await idleMouseUp(page))
    const scrolls: number[] = []
    for (let rep = 0; rep < reps; rep++) scrolls.push((await scrollThrough(page, 20)).worstFrame)

    const target = targetsFor(size)
    const base = { case: size.name, where: 'page', unit: 'ms' } as const
    const floorFigure = measure(
      { ...base, what: 'two-frame floor (a mouse release that does nothing)' },
      floor,
    )
    const edit = { target: target.edit, floor: floorFigure.median }
    return [
      measure({ ...base, what: 'load (bench.load → painted)', target: target.open }, load),
      measure({ ...base, what: 'addSpan → painted', ...edit }, add),
      measure({ ...base, what: 'mouse add (mouseup → painted)', ...edit }, mouse),
      floorFigure,
      measure({ ...base, what: 'scroll top → bottom, worst frame', target: target.frame }, scrolls),
      measure({ ...base, what: 'JS heap after load', unit: 'MB', target: target.heap }, [heap]),
    ]
  } finally {
    await browser.close()
    await served.close()
  }
}
