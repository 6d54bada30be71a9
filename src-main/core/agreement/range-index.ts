import { countStartingBefore } from '../spans/starts-before'
import type { LabelledRange } from './token-categories'

/** One annotator's spans on a document, asked by label whether any reaches a stretch. */
export interface RangeIndex {
  /** Whether a span with this label shares a character with [start, end). */
  overlaps(label: number, start: number, end: number): boolean
  /** Whether a span with this label covers all of [start, end). */
  covers(label: number, start: number, end: number): boolean
}

interface LabelGroup {
  readonly sorted: LabelledRange[]
  /** furthest[k]: the largest end among the first k + 1 spans by start. */
  readonly furthest: number[]
}

/** Indexes `spans` by label: each question is a binary search, O(log spans). */
export function createRangeIndex(spans: readonly LabelledRange[]): RangeIndex {
  const groups = new Map<number, LabelGroup>()
  for (const span of spans) {
    let group = groups.get(span.label)
    if (group === undefined) groups.set(span.label, (group = { sorted: [], furthest: [] }))
    group.sorted.push(span)
  }
  for (const group of groups.values()) {
    group.sorted.sort((x, y) => x.start - y.start)
    for (const span of group.sorted)
      group.furthest.push(Math.max(span.end, group.furthest.at(-1) ?? 0))
  }
  // Among the spans of `label` starting before `bound`, the furthest end (-1 when none).
  const furthestEnd = (label: number, bound: number): number => {
    const group = groups.get(label)
    if (group === undefined) return -1
    const before = countStartingBefore(group.sorted, bound)
    return before > 0 ? (group.furthest[before - 1] as number) : -1
  }
  return {
    overlaps: (label, start, end) => furthestEnd(label, end) > start,
    covers: (label, start, end) => furthestEnd(label, start + 1) >= end,
  }
}
