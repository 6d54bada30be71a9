/** One figure of the UI bench: every run kept, summarised as median and range. */
export interface UiMeasure {
  /** The case, e.g. `1M/20k`. */
  readonly case: string
  /**
   * `app`: the real app through the browser host; `page`: the bench page; `compare`: a front
   * end's bench page driven through `window.bench` alone (Gloss's own page among them).
   */
  readonly where: 'app' | 'page' | 'compare'
  readonly what: string
  readonly unit: 'ms' | 'MB'
  readonly runs: readonly number[]
  readonly median: number
  readonly min: number
  readonly max: number
  /** The target: the median must be at most this. */
  readonly target?: number
  /**
   * For an edit: the median of the same gesture changing nothing in the same run (the
   * two-frame floor). "Painted" waits for two animation frames, so where input arrives just
   * after a frame starts the floor itself is about two frames and no edit can beat it.
   */
  readonly floor?: number
}

/** How close to the floor an edit's median may be to count as painted in the floor's frame. */
export const FLOOR_MARGIN_MS = 2

export type Verdict = 'met' | 'at the floor' | 'MISSED'

/** Met; or missed only because the floor is above the target; or missed. */
export function verdictOf(figure: UiMeasure): Verdict | undefined {
  if (figure.target === undefined) return undefined
  if (figure.median <= figure.target) return 'met'
  if (figure.floor !== undefined && figure.floor > figure.target - FLOOR_MARGIN_MS)
    return figure.median <= figure.floor + FLOOR_MARGIN_MS ? 'at the floor' : 'MISSED'
  return 'MISSED'
}

const round = (value: number): number => Math.round(value * 10) / 10

/** The runs of one figure with their median (the middle one; the lower middle of an even count). */
export function measure(
  base: Pick<UiMeasure, 'case' | 'where' | 'what' | 'unit' | 'target' | 'floor'>,
  runs: readonly number[],
): UiMeasure {
  if (runs.length === 0) throw new Error(`bench: no runs for ${base.what}`)
  const sorted = [...runs].sort((a, b) => a - b)
  return {
    ...base,
    runs: runs.map(round),
    median: round(sorted[Math.floor((sorted.length - 1) / 2)] as number),
    min: round(sorted[0] as number),
    max: round(sorted[sorted.length - 1] as number),
  }
}

/** `name  median (min–max) unit  target ≤ N ✓/✗` */
export function formatMeasure(figure: UiMeasure): string {
  const name = `ui ${figure.where} ${figure.case}: ${figure.what}`
  const value = `${figure.median} (${figure.min}–${figure.max}) ${figure.unit}`
  const verdict = verdictOf(figure)
  const floor =
    verdict === 'at the floor'
      ? ` (${round(figure.median - (figure.floor ?? 0))} ms above the two-frame floor of ${figure.floor} ms)`
      : ''
  const target = verdict === undefined ? '' : `  target ≤ ${figure.target} ${verdict}${floor}`
  return `${name.padEnd(58)} ${value.padStart(24)}${target}`
}
