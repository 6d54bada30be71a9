import { indexDecisions, isSettled } from '@core/review/decisions'
import type { ReviewGroup } from '@core/review/review-group'
import type { ReviewDecision } from '@core/review/review-records'

import type { ReviewDoc, ReviewFilter } from './review-state'

/** Whether a group belongs in the list under this filter. */
export function showsGroup(
  group: ReviewGroup,
  filter: ReviewFilter,
  decisions: ReadonlyMap<string, ReviewDecision>,
): boolean {
  if (filter === 'open') return group.kind !== 'agreed' && !isSettled(group, decisions)
  if (filter === 'disagreements') return group.kind !== 'agreed'
  return group.kind === filter
}

/** The groups the disagreement list shows, in text order. */
export function visibleGroups(doc: ReviewDoc, filter: ReviewFilter): ReviewGroup[] {
  const decisions = indexDecisions(doc.gold.decisions)
  return doc.groups.filter((group) => showsGroup(group, filter, decisions))
}

/**
 * The group to go to after deciding on `from`: the next open disagreement after it in text
 * order, else the first open one before it, else none.
 */
export function nextOpenGroup(doc: ReviewDoc, from: ReviewGroup | null): ReviewGroup | null {
  const open = visibleGroups(doc, 'open').filter((group) => group.id !== from?.id)
  if (from === null) return open[0] ?? null
  return (
    open.find(
      (group) => group.start > from.start || (group.start === from.start && group.end < from.end),
    ) ??
    open[0] ??
    null
  )
}

/** The group at a character: the innermost one covering it (the shortest). */
export function groupAt(doc: ReviewDoc, offset: number): ReviewGroup | null {
  let best: ReviewGroup | null = null
  for (const group of doc.groups) {
    if (group.start > offset) break
    if (offset < group.end && (best === null || group.end - group.start < best.end - best.start)) {
      best = group
    }
  }
  return best
}
