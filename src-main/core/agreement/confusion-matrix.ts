import type { LabelConfusion } from './agreement-report'
import type { AgreementTally } from './agreement-tally'
import { LABEL_KEY } from './span-confusion'

/**
 * The confusion matrices of the tally, rows and columns in `order` (label numbers): one per
 * pair of annotators (rows: A's label, columns: B's), and their symmetric pooled sum.
 */
export function labelConfusion(
  tally: AgreementTally,
  annotators: readonly string[],
  pairs: readonly (readonly [number, number])[],
  order: readonly number[],
): LabelConfusion {
  const position = new Map(order.map((label, index) => [label, index]))
  const square = () => order.map(() => order.map(() => 0))
  const pooled = square()
  const pairwise = pairs.map(([i, j], p) => {
    const counts = square()
    for (const [key, count] of tally.pairs[p]?.confusion ?? []) {
      const row = position.get(Math.floor(key / LABEL_KEY))
      const column = position.get(key % LABEL_KEY)
      if (row === undefined || column === undefined) continue
      bump(counts, row, column, count)
      bump(pooled, row, column, count)
      if (row !== column) bump(pooled, column, row, count)
    }
    return { a: annotators[i] ?? '', b: annotators[j] ?? '', counts }
  })
  return { counts: pooled, pairwise }
}

function bump(matrix: number[][], row: number, column: number, count: number): void {
  const cells = matrix[row] as number[]
  cells[column] = (cells[column] ?? 0) + count
}
