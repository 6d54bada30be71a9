import type { SpanChangeSet } from '../spans/span'
import { relationsOfSpans } from './check-relations'
import type { Relation } from './relation'

/**
 * The change set with the relations of every span it deletes deleted too (those it already
 * deletes are not doubled), so deleting a span and undoing that are each one step.
 */
export function withRelationsOfDeleted(
  changes: SpanChangeSet,
  relations: readonly Relation[],
): SpanChangeSet {
  if (changes.deleted.length === 0 || relations.length === 0) return changes
  const named = new Set(changes.relations?.deleted.map((relation) => relation.id))
  const gone = relationsOfSpans(relations, new Set(changes.deleted.map((span) => span.id)))
  const extra = gone.filter((relation) => !named.has(relation.id))
  if (extra.length === 0) return changes
  return {
    ...changes,
    relations: {
      created: changes.relations?.created ?? [],
      deleted: [...(changes.relations?.deleted ?? []), ...extra],
    },
  }
}
