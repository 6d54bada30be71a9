import type { TextRange } from '../text/snap-to-words'
import { spanWithRange } from './same-range-span'
import type { Span, SpanChangeSet } from './span'
import type { SpanLayout } from './span-layout'

export interface TagMatchesPlan {
  /** One span of the label per match not yet tagged with it: one edit, one undo step. */
  readonly changes: SpanChangeSet
  /** Matches left alone because a span of the label already covers exactly them. */
  readonly skipped: number
}

export interface NewSpanStamp {
  /** A fresh id per call. */
  readonly newId: () => string
  /** `createdAt` and `updatedAt` of every new span. */
  readonly now: string
}

/**
 * "Tag all matches": a span of `label` over each match, as one change set. A match a span of
 * that label already covers exactly is skipped (and counted), so tagging twice adds nothing;
 * spans of other labels, or over more or less of the text, do not count.
 */
export function tagMatches(
  layout: SpanLayout,
  text: string,
  matches: readonly TextRange[],
  label: string,
  stamp: NewSpanStamp,
): TagMatchesPlan {
  const created: Span[] = []
  let skipped = 0
  for (const { start, end } of matches) {
    if (end <= start) continue
    if (spanWithRange(layout, start, end, label)) {
      skipped++
      continue
    }
    created.push({
      id: stamp.newId(),
      start,
      end,
      label,
      text: text.slice(start, end),
      createdAt: stamp.now,
      updatedAt: stamp.now,
    })
  }
  return { changes: { created, updated: [], deleted: [] }, skipped }
}
