import { measured, undefinedBecause, type Measure } from './measure'

/** How many tokens annotator A put in category `a` while B put them in `b`. */
export interface JointCount<V> {
  readonly a: V
  readonly b: V
  readonly count: number
}

/**
 * Cohen's kappa from a joint count table: κ = (pₒ − pₑ) / (1 − pₑ), with pₒ the share of
 * tokens both put in the same category and pₑ = Σ_c (share A put in c)·(share B put in c).
 * Computed on whole counts, κ = (n·agreed − S) / (n² − S) with S = Σ_c nA(c)·nB(c), so it is
 * exact. Undefined with no tokens, and when both put every token in one and the same
 * category (pₑ = 1). `describe` words a category for that reason ("in category O").
 */
export function cohenKappa<V>(
  cells: readonly JointCount<V>[],
  describe: (value: V) => string,
): Measure {
  let n = 0
  let agreed = 0
  const byA = new Map<V, number>()
  const byB = new Map<V, number>()
  for (const cell of cells) {
    n += cell.count
    if (cell.a === cell.b) agreed += cell.count
    byA.set(cell.a, (byA.get(cell.a) ?? 0) + cell.count)
    byB.set(cell.b, (byB.get(cell.b) ?? 0) + cell.count)
  }
  if (n === 0) return undefinedBecause('there are no tokens to compare')
  let chance = 0
  for (const [value, countA] of byA) chance += countA * (byB.get(value) ?? 0)
  if (chance === n * n) {
    const [only] = byA.keys()
    return undefinedBecause(
      `every token is ${describe(only as V)} for both annotators, so chance agreement is certain`,
    )
  }
  return measured((n * agreed - chance) / (n * n - chance))
}
