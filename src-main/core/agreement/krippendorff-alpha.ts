import { measured, undefinedBecause, type Measure } from './measure'

/** `count` units that received exactly these values (one per annotator who has the unit). */
export interface UnitCount<V> {
  readonly values: readonly V[]
  readonly count: number
}

/**
 * Krippendorff's alpha for nominal data, any number of annotators, missing values allowed
 * (K. Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011). A unit with m ≥ 2
 * values adds, for each ordered pair of its values from different annotators, 1/(m − 1) to
 * the coincidence matrix; units with fewer values are not pairable and left out. With n the
 * pairable values, n_c those of value c, and Dₒ the off-diagonal sum of the coincidences:
 * α = 1 − (n − 1)·Dₒ / (n² − Σ_c n_c²). Undefined when no unit is pairable and when every
 * pairable value is the same (the expected disagreement is 0).
 */
export function krippendorffAlphaNominal<V>(
  units: readonly UnitCount<V>[],
  describe: (value: V) => string,
): Measure {
  let n = 0
  let disagreement = 0
  const byValue = new Map<V, number>()
  for (const unit of units) {
    const m = unit.values.length
    if (m < 2) continue
    const inUnit = new Map<V, number>()
    for (const value of unit.values) inUnit.set(value, (inUnit.get(value) ?? 0) + 1)
    let sameSquares = 0
    for (const [value, count] of inUnit) {
      sameSquares += count * count
      byValue.set(value, (byValue.get(value) ?? 0) + unit.count * count)
    }
    // Ordered pairs of different annotators with different values: m² − Σ count².
    disagreement += (unit.count * (m * m - sameSquares)) / (m - 1)
    n += unit.count * m
  }
  if (n === 0) return undefinedBecause('no token has categories from two or more annotators')
  let squares = 0
  for (const count of byValue.values()) squares += count * count
  if (squares === n * n) {
    const [only] = byValue.keys()
    return undefinedBecause(
      `every token is ${describe(only as V)} for every annotator, so there is no variation to agree on`,
    )
  }
  return measured(1 - ((n - 1) * disagreement) / (n * n - squares))
}

/**
 * Alpha from a reliability data matrix as the paper prints it: one row per annotator, one
 * column per unit, `null` where the annotator gave the unit no value.
 */
export function krippendorffAlphaFromMatrix<V>(
  rows: readonly (readonly (V | null)[])[],
  describe: (value: V) => string,
): Measure {
  const width = Math.max(0, ...rows.map((row) => row.length))
  const units = Array.from({ length: width }, (_, column) => ({
    values: rows.flatMap((row) => {
      const value = row[column]
      return value === null || value === undefined ? [] : [value]
    }),
    count: 1,
  }))
  return krippendorffAlphaNominal(units, describe)
}
