import type { LabelledRange } from './token-categories'

/**
 * Pairs of overlapping spans, one of A's and one of B's, counted by (A's label, B's label);
 * the key is `labelPairKey(la, lb)`. Pairs with the same label always count. Pairs with
 * different labels count only as a label conflict: when A's span overlaps no span of B's
 * with its label and B's overlaps none of A's with its label, so a Statistic nested in a
 * Claim that both annotators tagged is no confusion of the two. `matchedA[k]` says whether
 * `a[k]` overlaps a same-label span of B (see `sameLabelOverlaps`), `matchedB` likewise.
 */
export function overlappingLabelPairs(
  a: readonly LabelledRange[],
  b: readonly LabelledRange[],
  matchedA: readonly boolean[],
  matchedB: readonly boolean[],
): Map<number, number> {
  const pairs = new Map<number, number>()
  if (a.length === 0 || b.length === 0) return pairs
  type Open = { readonly span: LabelledRange; readonly matched: boolean }
  const events = [
    ...a.map((span, k) => ({ span, matched: matchedA[k] ?? false, fromA: true })),
    ...b.map((span, k) => ({ span, matched: matchedB[k] ?? false, fromA: false })),
  ].sort((x, y) => x.span.start - y.span.start)
  // A sweep in start order: a span overlaps exactly the other side's spans open where it
  // starts; those that closed before it are dropped from the open list as it goes.
  const openA: Open[] = []
  const openB: Open[] = []
  for (const event of events) {
    const others = event.fromA ? openB : openA
    let kept = 0
    for (const other of others) {
      if (other.span.end <= event.span.start) continue
      others[kept++] = other
      const [x, y] = event.fromA ? [event, other] : [other, event]
      if (x.span.label !== y.span.label && (x.matched || y.matched)) continue
      const key = labelPairKey(x.span.label, y.span.label)
      pairs.set(key, (pairs.get(key) ?? 0) + 1)
    }
    others.length = kept
    if (event.fromA) openA.push(event)
    else openB.push(event)
  }
  return pairs
}

// Label numbers stay far below this: a project has at most 50 labels, and the ids a label set
// lacks add only the few a colleague used.
export const LABEL_KEY = 1 << 20

export const labelPairKey = (la: number, lb: number): number => la * LABEL_KEY + lb
