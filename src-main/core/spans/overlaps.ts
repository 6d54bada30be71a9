/** Anything with UTF-16 start/end offsets (end exclusive); spans, selections, matches. */
export interface Ranged {
  readonly start: number
  readonly end: number
  readonly id?: string
}

/** Whether two ranges share at least one character (touching ranges do not overlap). */
export function overlaps(a: Ranged, b: Ranged): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * Text order: start ascending, then the longer range first (so an enclosing span comes before
 * what it encloses), then by id so the order is the same on every machine.
 */
export function compareSpans(a: Ranged, b: Ranged): number {
  if (a.start !== b.start) return a.start - b.start
  if (a.end !== b.end) return b.end - a.end
  const aId = a.id ?? ''
  const bId = b.id ?? ''
  return aId < bId ? -1 : aId > bId ? 1 : 0
}

/** A sorted copy (see `compareSpans`); the input is left as it is. */
export function sortSpans<T extends Ranged>(spans: readonly T[]): T[] {
  return [...spans].sort(compareSpans)
}

/**
 * The row each span's underline sits on when spans overlap: 0 for a span nothing earlier
 * overlaps, and otherwise the lowest row no overlapping earlier span uses. A statistic inside
 * a claim gets 1, the claim 0. Expects spans in `compareSpans` order (sorts a copy if not).
 */
export function nestingDepths<T extends Ranged & { readonly id: string }>(
  sortedSpans: readonly T[],
): Map<string, number> {
  const isSorted = sortedSpans.every(
    (span, i) => i === 0 || compareSpans(sortedSpans[i - 1] as T, span) <= 0,
  )
  const spans = isSorted ? sortedSpans : sortSpans(sortedSpans)
  // rowEnds[row] = end of the span that last took that row.
  const rowEnds: number[] = []
  const depths = new Map<string, number>()
  for (const span of spans) {
    let row = rowEnds.findIndex((end) => end <= span.start)
    if (row === -1) row = rowEnds.length
    rowEnds[row] = span.end
    depths.set(span.id, row)
  }
  return depths
}

/** The spans covering the character at `offset`, in `compareSpans` order (outermost first). */
export function spansAt<T extends Ranged>(spans: readonly T[], offset: number): T[] {
  return sortSpans(spans.filter((span) => span.start <= offset && offset < span.end))
}
