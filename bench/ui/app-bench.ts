import { rm } from 'node:fs/promises'
import { join } from 'node:path'

import { chromium, type Page } from '@playwright/test'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/support/chromium'
import { startWebHost } from '../../tests/e2e/support/start-web-host'
import {
  addProbe,
  dragOver,
  heapMB,
  scrollThrough,
  setProbeSpans,
  timedAction,
  wordOnScreen,
  type Timed,
} from './page-actions'
import { uiCase, type UiCaseSize } from './ui-case'
import { measure, type UiMeasure } from './ui-measure'
import { makeUiProject } from './ui-project'
import { targetsFor } from './ui-targets'

export const VIEWPORT = { width: 1280, height: 800 }

/** What one round of edits in the real app timed: add, relabel, delete, undo, redo. */
interface EditRound {
  readonly add: Timed
  readonly relabel: Timed
  readonly delete: Timed
  readonly undo: Timed
  readonly redo: Timed
}

const waitSaved = (page: Page): Promise<unknown> =>
  page.waitForFunction(
    () => document.querySelector('[data-testid="save-state"]')?.textContent?.includes('Saved'),
    undefined,
    { polling: 50 },
  )

/** Document list → the case's document: from the click to every span on screen painted. */
async function switchTo(page: Page, title: string, from: string): Promise<number> {
  await page.getByRole('option', { name: from }).click()
  await page.getByRole('heading', { level: 1, name: from }).waitFor()
  const timed = await timedAction(
    page,
    (name) => {
      const probe = window.glossProbe
      probe?.arm(
        () =>
          probe.view()?.getAttribute('aria-label') === `Text of ${name}` &&
          probe.allOnScreenPainted(),
      )
    },
    title,
    'click',
    () => page.getByRole('option', { name: title }).click(),
  )
  return timed.ms
}

/**
 * One round as an analyst works: a word selected with the mouse and `1`, then `2` to relabel
 * it, Delete, Ctrl+Z, Ctrl+Shift+Z. Each is painted when the text, the legend and the span
 * list all show it. The round leaves the document as it found it.
 */
async function editRound(page: Page, nth: number, total: number): Promise<EditRound> {
  const counts = await page.evaluate(() => ({
    commitment: window.glossProbe?.legendCount('Commitment') ?? -1,
    statistic: window.glossProbe?.legendCount('Statistic') ?? -1,
  }))
  await dragOver(page, await wordOnScreen(page, nth))
  await page.getByRole('toolbar', { name: 'Label the selection' }).waitFor()
  const add = await timedAction(
    page,
    ([before, spans]) => {
      const probe = window.glossProbe
      probe?.arm(
        () =>
          probe.newPaintedId() !== null &&
          probe.legendCount('Commitment') === before + 1 &&
          probe.spanListCount() === spans + 1,
      )
    },
    [counts.commitment, total] as const,
    'keydown',
    () => page.keyboard.press('1'),
  )
  const id = await page.evaluate(() => window.glossProbe?.newPaintedId() ?? null)
  if (id === null) throw new Error('bench: the added span is not painted')
  const key = async (
    press: string,
    arm: (arg: readonly [string, number, number]) => void,
  ): Promise<Timed> => {
    await waitSaved(page)
    return timedAction(page, arm, [id, counts.statistic, total] as const, 'keydown', () =>
      page.keyboard.press(press),
    )
  }
  const relabel = await key('2', ([span, statistics]) => {
    const probe = window.glossProbe
    probe?.arm(
      () =>
        probe.paintedLabel(span) === 'statistic' &&
        probe.legendCount('Statistic') === statistics + 1,
    )
  })
  const gone = ([span, , spans]: readonly [string, number, number]): void => {
    const probe = window.glossProbe
    probe?.arm(() => !probe.paintedIds().has(span) && probe.spanListCount() === spans)
  }
  const deleted = await key('Delete', gone)
  const undo = await key('Control+z', ([span, , spans]) => {
    const probe = window.glossProbe
    probe?.arm(() => probe.paintedIds().has(span) && probe.spanListCount() === spans + 1)
  })
  const redo = await key('Control+Shift+z', gone)
  await waitSaved(page)
  return { add, relabel, delete: deleted, undo, redo }
}

const EDITS: readonly (readonly [string, keyof EditRound])[] = [
  ['add (mouse + key 1 → painted)', 'add'],
  ['relabel (key 2 → painted)', 'relabel'],
  ['delete (Delete → painted)', 'delete'],
  ['undo (Ctrl+Z → painted)', 'undo'],
  ['redo (Ctrl+Shift+Z → painted)', 'redo'],
]

/** A key that changes nothing: what "painted" costs when there is no work at all. */
async function idleKey(page: Page): Promise<number> {
  const arm = (): void => {
    const probe = window.glossProbe
    const armed = performance.now()
    probe?.arm(() => probe.marks.keydown > armed)
  }
  return (await timedAction(page, arm, null, 'keydown', () => page.keyboard.press('Shift'))).ms
}

/**
 * The real app (browser host, built renderer, HTTP transport) on one case: switching to the
 * document, a round of edits with mouse and keys, scrolling it through, its heap.
 */
export async function benchAppCase(size: UiCaseSize, reps: number): Promise<UiMeasure[]> {
  const data = uiCase(size)
  const project = await makeUiProject(data)
  const host = await startWebHost({
    dir: project.dir,
    dataDir: join(project.root, 'host-data'),
    annotator: 'bench',
  })
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
  try {
    const page = await browser.newPage({ viewport: VIEWPORT })
    page.on('pageerror', (error) => console.error(`bench: page error: ${error.message}`))
    await addProbe(page)
    await page.goto(host.url)
    await page.getByRole('heading', { level: 1, name: project.noteTitle }).waitFor()
    await setProbeSpans(page, data.spans)

    // The first open and the first round run cold (nothing compiled yet): reported apart.
    const coldOpen = await switchTo(page, data.title, project.noteTitle)
    const open: number[] = []
    for (let rep = 0; rep < reps; rep++) {
      open.push(await switchTo(page, data.title, project.noteTitle))
    }
    const heap = await heapMB(page)
    const coldRound = await editRound(page, reps, data.spans.length)
    const rounds: EditRound[] = []
    for (let rep = 0; rep < reps; rep++) rounds.push(await editRound(page, rep, data.spans.length))
    const floor: number[] = []
    for (let rep = 0; rep < reps; rep++) floor.push(await idleKey(page))
    const scrolls: number[] = []
    const scrollSteps: number[] = []
    for (let rep = 0; rep < reps; rep++) {
      const scrolled = await scrollThrough(page, 20)
      scrolls.push(scrolled.worstFrame)
      scrollSteps.push(Math.max(...scrolled.stepMs))
    }

    const target = targetsFor(size)
    const base = { case: size.name, where: 'app', unit: 'ms' } as const
    const edits = EDITS.map(([what, key]) =>
      measure(
        { ...base, what, target: target.edit },
        rounds.map((round) => round[key].ms),
      ),
    )
    const keyFrames = rounds.flatMap((round) => EDITS.map(([, key]) => round[key].worstFrame))
    return [
      measure({ ...base, what: 'open (document list → painted)', target: target.open }, open),
      measure({ ...base, what: 'first open, cold (not in the median above)' }, [coldOpen]),
      ...edits,
      measure({ ...base, what: 'first add, cold (not in the medians above)' }, [coldRound.add.ms]),
      measure(
        { ...base, what: 'longest frame while typing keys', target: target.frame },
        keyFrames,
      ),
      measure({ ...base, what: 'two-frame floor (a key that does nothing)' }, floor),
      measure({ ...base, what: 'scroll top → bottom, worst frame', target: target.frame }, scrolls),
      measure({ ...base, what: 'scroll, slowest step to painted' }, scrollSteps),
      measure({ ...base, what: 'JS heap after open', unit: 'MB', target: target.heap }, [heap]),
    ]
  } finally {
    await browser.close()
    await host.stop()
    await rm(project.root, { recursive: true, force: true })
  }
}
