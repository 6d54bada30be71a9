import { compareSpans } from './overlaps'
import type { Span, SpanChangeSet } from './span'

/** `applyChangeSet` or `replayChangeSet`: spans in, the changed spans out in order. */
export type ApplyChanges = (spans: readonly Span[], changes: SpanChangeSet) => Span[]

// Arrays known to be in strict `compareSpans` order with unique ids; checked once each.
const ordered = new WeakSet<readonly Span[]>()

function isOrdered(spans: readonly Span[]): boolean {
  if (ordered.has(spans)) return true
  const ids = new Set<string>()
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span
    if (ids.has(span.id)) return false
    if (i > 0 && compareSpans(spans[i - 1] as Span, span) >= 0) return false
    ids.add(span.id)
  }
  ordered.add(spans)
  return true
}

const namedIds = (changes: SpanChangeSet): Set<string> =>
  new Set([
    ...changes.deleted.map((span) => span.id),
    ...changes.updated.flatMap(({ old, new: next }) => [old.id, next.id]),
    ...changes.created.map((span) => span.id),
  ])

/**
 * `apply(spans, changes)` without re-sorting every span: `apply` sees only the spans the
 * change set names (so its checks and conflicts are exactly its own), and what it returns is
 * put back in order by binary search. One pass over the spans to find those named; the rest
 * costs what changes. The same result as `apply` on all the spans, which it falls back to
 * when the spans are not in order with unique ids (a file edited by hand, say).
 */
export function patchSortedSpans(
  spans: readonly Span[],
  changes: SpanChangeSet,
  apply: ApplyChanges,
): Span[] {
  if (!isOrdered(spans)) return mark(apply(spans, changes))
  const named = namedIds(changes)
  const at: number[] = []
  for (let i = 0; i < spans.length; i++) if (named.has((spans[i] as Span).id)) at.push(i)
  const changed = apply(
    at.map((i) => spans[i] as Span),
    changes,
  )
  if (at.length + changed.length > SPLICE_LIMIT) return mark(merge(spans, new Set(at), changed))
  const result = spans.slice()
  for (let k = at.length - 1; k >= 0; k--) result.splice(at[k] as number, 1)
  for (const span of changed) result.splice(insertionPoint(result, span), 0, span)
  return mark(result)
}

// Past this many spans in or out, one merge pass beats moving the array once per span.
const SPLICE_LIMIT = 64

function merge(
  spans: readonly Span[],
  skip: ReadonlySet<number>,
  changed: readonly Span[],
): Span[] {
  const result: Span[] = []
  let c = 0
  for (let i = 0; i < spans.length; i++) {
    if (skip.has(i)) continue
    const span = spans[i] as Span
    while (c < changed.length && compareSpans(changed[c] as Span, span) < 0) {
      result.push(changed[c++] as Span)
    }
    result.push(span)
  }
  while (c < changed.length) result.push(changed[c++] as Span)
  return result
}

function insertionPoint(spans: readonly Span[], span: Span): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (compareSpans(spans[mid] as Span, span) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

function mark(spans: Span[]): Span[] {
  // Both kinds of `apply` return spans in order with unique ids; so does the splicing.
  ordered.add(spans)
  return spans
}
