import { compareSpans } from './overlaps'
import type { Span, SpanChangeSet } from './span'

/** `applyChangeSet` or `replayChangeSet`: spans in, the changed spans out in order. */
export type ApplyChanges = (spans: readonly Span[], changes: SpanChangeSet) => Span[]

// The ids of arrays known to be in strict `compareSpans` order with unique ids. An array's
// set moves to the array patched from it (it is updated, not copied: copying 20,000 ids per
// edit would cost more than the edit); patching the older array again checks it afresh.
const idsOfOrdered = new WeakMap<readonly Span[], Set<string>>()

function orderedIds(spans: readonly Span[]): Set<string> | null {
  const known = idsOfOrdered.get(spans)
  if (known !== undefined) return known
  const ids = new Set<string>()
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span
    if (ids.has(span.id)) return null
    if (i > 0 && compareSpans(spans[i - 1] as Span, span) >= 0) return null
    ids.add(span.id)
  }
  idsOfOrdered.set(spans, ids)
  return ids
}

/**
 * Where the spans a change set names are, in order. A deleted or updated span is looked for
 * where its expected version sorts (binary search); a created id that exists, or a span not
 * found there (a stale edit, which `apply` will refuse), takes a pass over the spans.
 */
function namedPositions(spans: readonly Span[], ids: Set<string>, changes: SpanChangeSet) {
  const found = new Set<number>()
  const unplaced = new Set(changes.created.map((span) => span.id).filter((id) => ids.has(id)))
  const expected = [
    ...changes.deleted,
    ...changes.updated.flatMap(({ old, new: next }) => [old, next]),
  ]
  for (const span of expected) {
    const at = insertionPoint(spans, span)
    if (spans[at]?.id === span.id) found.add(at)
    else if (ids.has(span.id)) unplaced.add(span.id)
  }
  if (unplaced.size > 0) {
    for (let i = 0; i < spans.length; i++) if (unplaced.has((spans[i] as Span).id)) found.add(i)
  }
  return [...found].sort((a, b) => a - b)
}

/**
 * `apply(spans, changes)` without re-sorting every span: `apply` sees only the spans the
 * change set names (so its checks and conflicts are exactly its own), and what it returns is
 * put back in order by binary search. Costs one copy of the array plus what changes. The
 * same result as `apply` on all the spans, which it falls back to when the spans are not in
 * order with unique ids (a file edited by hand, say).
 */
export function patchSortedSpans(
  spans: readonly Span[],
  changes: SpanChangeSet,
  apply: ApplyChanges,
): Span[] {
  const ids = orderedIds(spans)
  if (ids === null) return apply(spans, changes)
  const at = namedPositions(spans, ids, changes)
  const changed = apply(
    at.map((i) => spans[i] as Span),
    changes,
  )
  const result = rebuilt(spans, at, changed)
  for (const i of at) ids.delete((spans[i] as Span).id)
  for (const span of changed) ids.add(span.id)
  idsOfOrdered.delete(spans)
  idsOfOrdered.set(result, ids)
  return result
}

/** `spans` without the positions `removed` (ascending), with `added` (in order) in place. */
function rebuilt(spans: readonly Span[], removed: readonly number[], added: readonly Span[]) {
  const slots = added.map((span) => insertionPoint(spans, span))
  const result = new Array<Span>(spans.length - removed.length + added.length)
  let out = 0
  let r = 0
  let a = 0
  for (let i = 0; i <= spans.length; i++) {
    while (a < added.length && slots[a] === i) result[out++] = added[a++] as Span
    if (i === spans.length) break
    if (removed[r] === i) r++
    else result[out++] = spans[i] as Span
  }
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
