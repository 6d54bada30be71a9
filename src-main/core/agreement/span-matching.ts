import { createRangeIndex } from './range-index'
import type { LabelledRange } from './token-categories'

/** Two annotators' spans of one label compared (on one document, or summed over several). */
export interface SpanCounts {
  /** A's spans and B's spans. */
  readonly a: number
  readonly b: number
  /** Pairs with the same start and end (each span in at most one pair). */
  readonly strict: number
  /** A's spans that overlap at least one of B's, and B's that overlap one of A's. */
  readonly overlapA: number
  readonly overlapB: number
}

export const NO_SPANS: SpanCounts = { a: 0, b: 0, strict: 0, overlapA: 0, overlapB: 0 }

export const addSpanCounts = (x: SpanCounts, y: SpanCounts): SpanCounts => ({
  a: x.a + y.a,
  b: x.b + y.b,
  strict: x.strict + y.strict,
  overlapA: x.overlapA + y.overlapA,
  overlapB: x.overlapB + y.overlapB,
})

/**
 * For each of `spans`, whether it shares a character with one of `others` that has the same
 * label (the relaxed match).
 */
export function sameLabelOverlaps(
  spans: readonly LabelledRange[],
  others: readonly LabelledRange[],
): boolean[] {
  const index = createRangeIndex(others)
  return spans.map((span) => index.overlaps(span.label, span.start, span.end))
}

/**
 * A's and B's spans on one document compared label by label (label number → counts), given
 * which of them overlap a same-label span of the other (`sameLabelOverlaps`).
 */
export function compareSpansByLabel(
  a: readonly LabelledRange[],
  b: readonly LabelledRange[],
  overlapsA: readonly boolean[],
  overlapsB: readonly boolean[],
): Map<number, SpanCounts> {
  const result = new Map<number, { -readonly [K in keyof SpanCounts]: number }>()
  const of = (label: number) => {
    let counts = result.get(label)
    if (counts === undefined) result.set(label, (counts = { ...NO_SPANS }))
    return counts
  }
  a.forEach((span, k) => {
    const counts = of(span.label)
    counts.a++
    if (overlapsA[k]) counts.overlapA++
  })
  b.forEach((span, k) => {
    const counts = of(span.label)
    counts.b++
    if (overlapsB[k]) counts.overlapB++
  })
  for (const [label, strict] of exactMatches(a, b)) of(label).strict = strict
  return result
}

// Exact matches by label. A span given twice by one annotator matches only as often as the
// other gave it.
function exactMatches(a: readonly LabelledRange[], b: readonly LabelledRange[]) {
  const left = new Map<string, number>()
  const key = (span: LabelledRange) => `${span.label}:${span.start}:${span.end}`
  for (const span of b) left.set(key(span), (left.get(key(span)) ?? 0) + 1)
  const matches = new Map<number, number>()
  for (const span of a) {
    const count = left.get(key(span)) ?? 0
    if (count === 0) continue
    left.set(key(span), count - 1)
    matches.set(span.label, (matches.get(span.label) ?? 0) + 1)
  }
  return matches
}
