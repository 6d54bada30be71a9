import { invertDocLabelChange } from '../doc-labels/doc-label'
import { invertRelationChanges } from '../relations/relation-changes'
import { checkChangeSet } from './check-change-set'
import { sortSpans } from './overlaps'
import type { Span, SpanChangeSet } from './span'

export { sameSpan } from './check-change-set'

/**
 * Applies a change set strictly: deletions, then updates, then creations. Creating an id that
 * exists, touching an id that does not, or an `old`/deleted span that differs from the stored
 * one throws a `conflict` GlossFailure and changes nothing, so a stale undo cannot silently
 * corrupt data. Returns a new array in `compareSpans` order.
 */
export function applyChangeSet(spans: readonly Span[], changes: SpanChangeSet): Span[] {
  const byId = new Map<string, Span>()
  for (const span of spans) byId.set(span.id, span)
  for (const [id, next] of checkChangeSet((id) => byId.get(id), changes)) {
    if (next === null) byId.delete(id)
    else byId.set(id, next)
  }
  return sortSpans([...byId.values()])
}

/** The change set that undoes `changes`. */
export function invertChangeSet(changes: SpanChangeSet): SpanChangeSet {
  return {
    created: changes.deleted,
    updated: changes.updated.map(({ old, new: next }) => ({ old: next, new: old })),
    deleted: changes.created,
    ...(changes.docLabels && { docLabels: changes.docLabels.map(invertDocLabelChange) }),
    ...(changes.relations !== undefined && {
      relations: invertRelationChanges(changes.relations),
    }),
  }
}

/** Whether the change set changes nothing. */
export function isEmptyChangeSet(changes: SpanChangeSet): boolean {
  return (
    changes.created.length === 0 &&
    changes.updated.length === 0 &&
    changes.deleted.length === 0 &&
    (changes.docLabels?.length ?? 0) === 0 &&
    (changes.relations?.created.length ?? 0) === 0 &&
    (changes.relations?.deleted.length ?? 0) === 0
  )
}
