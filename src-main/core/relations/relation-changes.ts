import { GlossFailure } from '../failure'
import type { Relation, RelationChanges } from './relation'

export const NO_RELATION_CHANGES: RelationChanges = { created: [], deleted: [] }

const HINT = 'Reload the document to see its current relations, then make the change again.'

/**
 * Applies relation changes strictly (deletions, then creations): deleting a relation that is
 * not there or differs, or creating an id that exists, throws a `conflict` GlossFailure and
 * changes nothing, as `applyChangeSet` does for spans. Returns a new array, creation order kept.
 */
export function applyRelationChanges(
  relations: readonly Relation[],
  changes: RelationChanges,
): Relation[] {
  const byId = new Map(relations.map((relation) => [relation.id, relation]))
  for (const deleted of changes.deleted) {
    const stored = byId.get(deleted.id)
    if (stored === undefined || !sameRelation(stored, deleted)) {
      conflict(`Cannot delete relation ${deleted.id}: it is not stored as this edit expects.`)
    }
    byId.delete(deleted.id)
  }
  for (const created of changes.created) {
    if (byId.has(created.id)) {
      conflict(`Cannot create relation ${created.id}: a relation with that id already exists.`)
    }
    byId.set(created.id, created)
  }
  return [...byId.values()]
}

/** Applies relation changes leniently, as a logged edit is replayed: never refuses. */
export function replayRelationChanges(
  relations: readonly Relation[],
  changes: RelationChanges,
): Relation[] {
  const gone = new Set([...changes.deleted, ...changes.created].map((relation) => relation.id))
  return [...relations.filter((relation) => !gone.has(relation.id)), ...changes.created]
}

/** The changes that undo `changes`. */
export const invertRelationChanges = (changes: RelationChanges): RelationChanges => ({
  created: changes.deleted,
  deleted: changes.created,
})

export function sameRelation(a: Relation, b: Relation): boolean {
  return (
    a.id === b.id &&
    a.type === b.type &&
    a.from === b.from &&
    a.to === b.to &&
    a.createdAt === b.createdAt
  )
}

function conflict(message: string): never {
  throw new GlossFailure({ code: 'conflict', message, hint: HINT })
}

/**
 * A file's relations after an edit's relation changes, strictly or leniently; `undefined`
 * (nothing to write) when the file had none and the edit makes none.
 */
export function editedRelations(
  relations: readonly Relation[] | undefined,
  changes: RelationChanges | undefined,
  how: 'strict' | 'replay',
): readonly Relation[] | undefined {
  if (changes === undefined) return relations
  const apply = how === 'strict' ? applyRelationChanges : replayRelationChanges
  const next = apply(relations ?? [], changes)
  return next.length === 0 && relations === undefined ? undefined : next
}
