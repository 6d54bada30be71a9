import { createRangeIndex } from './range-index'
import type { LabelledRange } from './token-categories'

/**
 * Pairs of overlapping spans, one of A's and one of B's, counted by (A's label, B's label);
 * the key is `labelPairKey(la, lb)`. Pairs with the same label always count. A pair with
 * different labels x and y counts as a label conflict unless, where the two overlap, B also
 * has a span labelled x covering that stretch, or A one labelled y: a Statistic nested in a
 * Claim is no confusion of the two when the other annotator tagged that Claim too.
 */
export function overlappingLabelPairs(
  a: readonly LabelledRange[],
  b: readonly LabelledRange[],
): Map<number, number> {
  const pairs = new Map<number, number>()
  if (a.length === 0 || b.length === 0) return pairs
  const indexA = createRangeIndex(a)
  const indexB = createRangeIndex(b)
  const conflict = (x: LabelledRange, y: LabelledRange): boolean => {
    const start = Math.max(x.start, y.start)
    const end = Math.min(x.end, y.end)
    return !indexB.covers(x.label, start, end) && !indexA.covers(y.label, start, end)
  }
  const events = [
    ...a.map((span) => ({ span, fromA: true })),
    ...b.map((span) => ({ span, fromA: false })),
  ].sort((x, y) => x.span.start - y.span.start)
  // A sweep in start order: a span overlaps exactly the other side's spans open where it
  // starts; those that closed before it are dropped from the open list as it goes.
  const openA: LabelledRange[] = []
  const openB: LabelledRange[] = []
  for (const { span, fromA } of events) {
    const others = fromA ? openB : openA
    let kept = 0
    for (const other of others) {
      if (other.end <= span.start) continue
      others[kept++] = other
      const [x, y] = fromA ? [span, other] : [other, span]
      if (x.label !== y.label && !conflict(x, y)) continue
      const key = labelPairKey(x.label, y.label)
      pairs.set(key, (pairs.get(key) ?? 0) + 1)
    }
    others.length = kept
    if (fromA) openA.push(span)
    else openB.push(span)
  }
  return pairs
}

// Label numbers stay far below this: a project has at most 50 labels, and the ids a label set
// lacks add only the few a colleague used.
export const LABEL_KEY = 1 << 20

export const labelPairKey = (la: number, lb: number): number => la * LABEL_KEY + lb
