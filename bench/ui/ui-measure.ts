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
}

const round = (value: number): number => Math.round(value * 10) / 10

/** The runs of one figure with their median (the middle one; the lower middle of an even count). */
export function measure(
  base: Pick<UiMeasure, 'case' | 'where' | 'what' | 'unit' | 'target'>,
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
  const target =
    figure.target === undefined
      ? ''
      : `  target ≤ ${figure.target} ${figure.median <= figure.target ? 'met' : 'MISSED'}`
  return `${name.padEnd(58)} ${value.padStart(24)}${target}`
}
