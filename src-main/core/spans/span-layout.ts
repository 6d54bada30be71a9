import { checkChangeSet } from './check-change-set'
import { compareSpans, sortSpans } from './overlaps'
import type { Span, SpanChangeSet } from './span'

/**
 * A document's spans ready to paint: in `compareSpans` order, each with its underline row (the
 * rows `nestingDepths` gives), how far the spans before each one reach (so the spans reaching
 * into any stretch of text are found by binary search) and how many carry each label. An edit
 * patches it (`patchSpanLayout`) with work in proportion to what it changed, not to how many
 * spans the document holds.
 */
export interface SpanLayout {
  readonly spans: readonly Span[]
  /** `depths[i]` is the underline row of `spans[i]` (0 = right under the text). */
  readonly depths: Readonly<Int32Array>
  /** `reach[i]` is the furthest end of `spans[0..i)`, 0 for `i = 0`; one longer than `spans`. */
  readonly reach: Readonly<Int32Array>
  /** How many spans carry each label id. */
  readonly labelCounts: ReadonlyMap<string, number>
}

function isSorted(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    if (compareSpans(spans[i - 1] as Span, spans[i] as Span) > 0) return false
  }
  return true
}

function reachOf(spans: readonly Span[]): Int32Array {
  const reach = new Int32Array(spans.length + 1)
  for (let i = 0; i < spans.length; i++) {
    reach[i + 1] = Math.max(reach[i] as number, (spans[i] as Span).end)
  }
  return reach
}

/**
 * Gives `spans[from..]` their rows as `nestingDepths` does (the lowest row whose last span has
 * ended), starting with every row free: `from` must start a cluster of overlapping spans
 * (nothing before it reaches it). Stops at the first later cluster starting at `until` or after.
 */
function placeRows(
  spans: readonly Span[],
  reach: Readonly<Int32Array>,
  depths: Int32Array,
  from: number,
  until = Number.POSITIVE_INFINITY,
): void {
  const rowEnds: number[] = []
  let rows = 0
  for (let i = from; i < spans.length; i++) {
    const span = spans[i] as Span
    if ((reach[i] as number) <= span.start) {
      // Nothing before reaches this span: a new cluster, whose rows owe nothing to earlier ones.
      if (i > from && span.start >= until) return
      rows = 0
    }
    let row = 0
    while (row < rows && (rowEnds[row] as number) > span.start) row++
    rowEnds[row] = span.end
    if (row === rows) rows++
    depths[i] = row
  }
}

/** The number of spans that start before `offset`. */
function startingBefore(spans: readonly Span[], offset: number): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((spans[mid] as Span).start < offset) low = mid + 1
    else high = mid
  }
  return low
}

function countLabels(spans: readonly Span[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i < spans.length; i++) {
    const label = (spans[i] as Span).label
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  return counts
}

/** The layout of `spans` (sorted here if they are not in `compareSpans` order). */
export function layoutSpans(spans: readonly Span[]): SpanLayout {
  const sorted = isSorted(spans) ? spans : sortSpans(spans)
  const reach = reachOf(sorted)
  const depths = new Int32Array(sorted.length)
  placeRows(sorted, reach, depths, 0)
  return { spans: sorted, depths, reach, labelCounts: countLabels(sorted) }
}

/** The first index whose span comes after `span` in `compareSpans` order. */
function insertionPoint(spans: readonly Span[], span: Span): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (compareSpans(spans[mid] as Span, span) <= 0) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * Where the span with this id is: found at once where `near` (the version a change expects)
 * would sort, else by looking through all of them; -1 if no span has the id.
 */
export function indexOfSpan(layout: SpanLayout, id: string, near?: Span): number {
  const { spans } = layout
  if (near !== undefined) {
    const at = insertionPoint(spans, near) - 1
    if (at >= 0 && (spans[at] as Span).id === id) return at
  }
  for (let i = 0; i < spans.length; i++) if ((spans[i] as Span).id === id) return i
  return -1
}

/**
 * `spans` without the spans at `removed` (ascending) and with `added` (in `compareSpans` order)
 * each in its place, copied a stretch at a time.
 */
function merged(
  spans: readonly Span[],
  removed: readonly number[],
  added: readonly Span[],
): Span[] {
  const cuts = [
    ...removed.map((at) => ({ at, span: null })),
    ...added.map((span) => ({ at: insertionPoint(spans, span), span })),
  ].sort((a, b) => a.at - b.at || (a.span === null ? 1 : 0) - (b.span === null ? 1 : 0))
  const pieces: Span[][] = []
  let from = 0
  for (const cut of cuts) {
    pieces.push(spans.slice(from, cut.at))
    if (cut.span === null) {
      from = cut.at + 1
    } else {
      pieces.push([cut.span])
      from = cut.at
    }
  }
  pieces.push(spans.slice(from))
  if (pieces.length <= 129) return ([] as Span[]).concat(...pieces)
  const all: Span[] = []
  for (const piece of pieces) for (const span of piece) all.push(span)
  return all
}

/**
 * Applies a change set with the same strict rules as `applyChangeSet` (a stale edit throws a
 * `conflict` GlossFailure and changes nothing) and returns the patched layout. Spans that did
 * not change keep their place and row; rows are placed again only in the clusters of
 * overlapping spans the change touches.
 */
export function patchSpanLayout(layout: SpanLayout, changes: SpanChangeSet): SpanLayout {
  const found = new Map<string, number>()
  const outcome = checkChangeSet((id, near) => {
    const at = indexOfSpan(layout, id, near)
    if (at < 0) return undefined
    found.set(id, at)
    return layout.spans[at]
  }, changes)

  const removed = [...found.values()].sort((a, b) => a - b)
  const added = sortSpans([...outcome.values()].filter((span): span is Span => span !== null))
  const { spans } = layout
  const next = merged(spans, removed, added)
  let low = Number.POSITIVE_INFINITY
  let high = 0
  for (const span of [...added, ...removed.map((at) => spans[at] as Span)]) {
    low = Math.min(low, span.start)
    high = Math.max(high, span.end)
  }
  // Before the first change nothing moved: rows and reach are copied; after it, reach is
  // summed again and rows are placed again only in the clusters of overlapping spans around
  // what changed (from the start of the cluster holding the first changed span to the first
  // cluster past the last one). Rows further on are the same spans' rows, shifted.
  const first = startingBefore(next, low)
  const shift = next.length - spans.length
  const depths = new Int32Array(next.length)
  depths.set(layout.depths.subarray(0, first))
  const reach = new Int32Array(next.length + 1)
  reach.set(layout.reach.subarray(0, first + 1))
  for (let i = first; i < next.length; i++) {
    reach[i + 1] = Math.max(reach[i] as number, (next[i] as Span).end)
  }
  const tail = startingBefore(spans, high)
  depths.set(layout.depths.subarray(tail), tail + shift)
  let from = first
  if (from < next.length) {
    while (from > 0 && (reach[from] as number) > (next[from] as Span).start) from--
    placeRows(next, reach, depths, from, high)
  }
  const labelCounts = new Map(layout.labelCounts)
  const count = (label: string, by: number): void => {
    const total = (labelCounts.get(label) ?? 0) + by
    if (total === 0) labelCounts.delete(label)
    else labelCounts.set(label, total)
  }
  for (const at of removed) count((spans[at] as Span).label, -1)
  for (const span of added) count(span.label, 1)
  return { spans: next, depths, reach, labelCounts }
}

/**
 * The indexes (ascending) of the spans that share at least one character with
 * `[start, end)`: those starting inside it and those from before that reach into it.
 */
export function spansReaching(layout: SpanLayout, start: number, end: number): number[] {
  const { spans, reach } = layout
  const found: number[] = []
  for (let i = startingBefore(spans, end) - 1; i >= 0; i--) {
    const span = spans[i] as Span
    if (span.end > start && span.end > span.start) found.push(i)
    if ((reach[i] as number) <= start) break
  }
  return found.reverse()
}
