import { sortSpans } from './overlaps'
import type { Span, SpanChangeSet } from './span'

/**
 * Applies a change set leniently, as a saved edit is replayed: every span it deletes is gone,
 * every span it updates or creates has its new version, whatever was stored before. Unlike
 * `applyChangeSet` it never refuses, and replaying a change set onto spans that already hold
 * it changes nothing (so do a run of change sets, replayed in order: the last one to name a
 * span decides it). Returns a new array in `compareSpans` order.
 */
export function replayChangeSet(spans: readonly Span[], changes: SpanChangeSet): Span[] {
  const byId = new Map<string, Span>()
  for (const span of spans) byId.set(span.id, span)
  for (const deleted of changes.deleted) byId.delete(deleted.id)
  for (const { old, new: next } of changes.updated) {
    byId.delete(old.id)
    byId.set(next.id, next)
  }
  for (const created of changes.created) byId.set(created.id, created)
  return sortSpans([...byId.values()])
}
