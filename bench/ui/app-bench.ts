import { rm } from 'node:fs/promises'
import { join } from 'node:path'

import { chromium } from '@playwright/test'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/support/chromium'
import { startWebHost } from '../../tests/e2e/support/start-web-host'
import { EDITS, editRound, idleKey, switchTo, type EditRound, type Switch } from './app-actions'
import { addProbe, heapMB, scrollThrough, setProbeSpans, type Timed } from './page-actions'
import { uiCase, type UiCaseSize } from './ui-case'
import { measure, type UiMeasure } from './ui-measure'
import { makeUiProject } from './ui-project'
import { targetsFor } from './ui-targets'

export const VIEWPORT = { width: 1280, height: 800 }

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
    const open: Switch[] = []
    for (let rep = 0; rep < reps; rep++) {
      open.push(await switchTo(page, data.title, project.noteTitle))
    }
    const heap = await heapMB(page)
    const coldRound = await editRound(page, reps, data.spans.length)
    const rounds: EditRound[] = []
    for (let rep = 0; rep < reps; rep++) rounds.push(await editRound(page, rep, data.spans.length))
    const floor: Timed[] = []
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
    const floorFigure = measure(
      { ...base, what: 'two-frame floor (a key that does nothing)' },
      floor.map((one) => one.ms),
    )
    const edits = EDITS.map(([what, key]) =>
      measure(
        { ...base, what, target: target.edit, floor: floorFigure.median },
        rounds.map((round) => round[key].ms),
      ),
    )
    // The work alone, without waiting for the display: what the frame-bound medians blur.
    const work = EDITS.map(([what, key]) =>
      measure(
        { ...base, what: `${what.replace(/ \(.*/, '')}: main-thread work` },
        rounds.map((round) => round[key].busy),
      ),
    )
    const keyFrames = rounds.flatMap((round) => EDITS.map(([, key]) => round[key].worstFrame))
    return [
      measure(
        { ...base, what: 'open (document list → painted)', target: target.open },
        open.map((one) => one.ms),
      ),
      measure(
        { ...base, what: 'open: host answered (click → last byte)' },
        open.map((one) => one.answered),
      ),
      measure(
        { ...base, what: 'open: the renderer’s share (last byte → painted)' },
        open.map((one) => one.ms - one.answered),
      ),
      measure(
        { ...base, what: 'open: main-thread work' },
        open.map((one) => one.busy),
      ),
      measure({ ...base, what: 'first open, cold (not in the medians above)' }, [coldOpen.ms]),
      ...edits,
      ...work,
      measure({ ...base, what: 'first add, cold (not in the medians above)' }, [coldRound.add.ms]),
      measure(
        { ...base, what: 'longest frame while typing keys', target: target.frame },
        keyFrames,
      ),
      floorFigure,
      measure(
        { ...base, what: 'a key that does nothing: main-thread work (the harness’s own)' },
        floor.map((one) => one.busy),
      ),
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
