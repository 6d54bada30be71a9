export interface Figure {
  readonly name: string
  readonly value: number
  readonly unit: string
  readonly target?: string
  /** For a median of several runs: the fastest and the slowest. */
  readonly range?: readonly [number, number]
  /** How many runs `value` and `range` come from. */
  readonly runs?: number
}

const round = (ms: number): number => Math.round(ms * 10) / 10

/** Runs `work` once and returns its result with the wall time in milliseconds. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await work()
  return { value, ms: round(performance.now() - started) }
}

/** The value below which a `share` (0–1) of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))
  return sorted[rank] ?? 0
}

/** A figure for several runs of one thing: their median, with the fastest and slowest. */
export function medianFigure(
  name: string,
  samples: readonly number[],
  unit: string,
  target?: string,
): Figure {
  return {
    name,
    value: round(percentile(samples, 0.5)),
    unit,
    range: [round(Math.min(...samples)), round(Math.max(...samples))],
    runs: samples.length,
    ...(target !== undefined && { target }),
  }
}

export function printFigure(figure: Figure): void {
  const range = figure.range ? `  [${figure.range[0]}–${figure.range[1]}, ${figure.runs} runs]` : ''
  const target = figure.target ? `  (target: ${figure.target})` : ''
  console.log(
    `${figure.name.padEnd(58)} ${String(figure.value).padStart(10)} ${figure.unit}${range}${target}`,
  )
}
