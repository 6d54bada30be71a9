import type { Relation, RelationType } from './relation'

/**
 * Why the relations after an edit cannot be saved, in words for the analyst, or `null`.
 * Each relation the edit creates must use a type of the project and join two different spans
 * that exist after the edit; no relation may be left pointing at a span the edit deleted
 * (deleting a span deletes its relations in the same edit).
 */
export function relationProblem(
  relations: readonly Relation[],
  created: readonly Relation[],
  deletedSpanIds: ReadonlySet<string>,
  spanExists: (id: string) => boolean,
  types: readonly RelationType[],
): string | null {
  for (const relation of created) {
    if (!types.some((type) => type.id === relation.type)) {
      const known = types.map((type) => `"${type.name}"`).join(', ') || 'none'
      return `relation ${relation.id} has the type "${relation.type}", which this project does not define (its types: ${known})`
    }
    if (relation.from === relation.to) {
      return `relation ${relation.id} links span ${relation.from} to itself`
    }
    for (const end of [relation.from, relation.to]) {
      if (!spanExists(end))
        return `relation ${relation.id} points at span ${end}, which does not exist`
    }
  }
  if (deletedSpanIds.size === 0) return null
  for (const relation of relations) {
    const end = [relation.from, relation.to].find((id) => deletedSpanIds.has(id))
    if (end !== undefined) {
      return `span ${end} is deleted but relation ${relation.id} still points at it`
    }
  }
  return null
}

/** The relations that touch any of the spans (as `from` or `to`). */
export function relationsOfSpans(
  relations: readonly Relation[],
  spanIds: ReadonlySet<string>,
): Relation[] {
  return relations.filter((relation) => spanIds.has(relation.from) || spanIds.has(relation.to))
}
