export interface Figure {
  readonly name: string
  readonly value: number
  readonly unit: string
  readonly target?: string
}

/** Runs `work` once and returns its result with the wall time in milliseconds. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await work()
  return { value, ms: Math.round((performance.now() - started) * 10) / 10 }
}

export function printFigure(figure: Figure): void {
  const target = figure.target ? `  (target: ${figure.target})` : ''
  console.log(
    `${figure.name.padEnd(58)} ${String(figure.value).padStart(10)} ${figure.unit}${target}`,
  )
}
