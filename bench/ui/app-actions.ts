import type { Page } from '@playwright/test'

import { dragOver, timedAction, wordOnScreen, type Timed } from './page-actions'

/** What one round of edits in the real app timed: add, relabel, delete, undo, redo. */
export interface EditRound {
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

/** One switch to a document: from the click to painted, and to the host's last byte. */
export interface Switch {
  readonly ms: number
  /** From the click until the document's text and spans had arrived. */
  readonly answered: number
  /** The page's main thread busy meanwhile (see `Timed.busy`). */
  readonly busy: number
}

/** Document list → the case's document: from the click to every span on screen painted. */
export async function switchTo(page: Page, title: string, from: string): Promise<Switch> {
  await page.getByRole('option', { name: from }).click()
  await page.getByRole('heading', { level: 1, name: from }).waitFor()
  await page.evaluate(() => window.glossProbe?.forgetResponses())
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
  const answered = await page.evaluate(() => {
    const probe = window.glossProbe
    const end = probe?.answeredAt('/api/getDocument')
    return probe && end ? end - probe.marks.click : Number.NaN
  })
  return { ms: timed.ms, answered, busy: timed.busy }
}

/**
 * One round as an analyst works: a word selected with the mouse and `1`, then `2` to relabel
 * it, Delete, Ctrl+Z, Ctrl+Shift+Z. Each is painted when the text, the legend and the span
 * list all show it. The round leaves the document as it found it.
 */
export async function editRound(page: Page, nth: number, total: number): Promise<EditRound> {
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

export const EDITS: readonly (readonly [string, keyof EditRound])[] = [
  ['add (mouse + key 1 → painted)', 'add'],
  ['relabel (key 2 → painted)', 'relabel'],
  ['delete (Delete → painted)', 'delete'],
  ['undo (Ctrl+Z → painted)', 'undo'],
  ['redo (Ctrl+Shift+Z → painted)', 'redo'],
]

/** A key that changes nothing: what "painted" costs when there is no work at all. */
export async function idleKey(page: Page): Promise<Timed> {
  const arm = (): void => {
    const probe = window.glossProbe
    const armed = performance.now()
    probe?.arm(() => probe.marks.keydown > armed)
  }
  return timedAction(page, arm, null, 'keydown', () => page.keyboard.press('Shift'))
}
