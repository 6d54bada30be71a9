import { GlossFailure } from '../../core/failure'
import type { RelationType } from '../../core/relations/relation'
import { relationTypesProblem } from '../../core/relations/relation-type-rules'

/** Refuses relation types that `relationTypesProblem` finds fault with. */
export function checkRelationTypes(types: readonly RelationType[]): void {
  const problem = relationTypesProblem(types)
  if (problem === null) return
  throw new GlossFailure({
    code: 'invalid-input',
    message: problem,
    hint: 'Give each relation type its own name, then save again.',
  })
}

/**
 * The `relationTypes` field of gloss.json: left out while the project never set one (the
 * defaults apply, as in older files), written in full once it has, even when empty.
 */
export const withRelationTypes = (
  types: readonly RelationType[] | undefined,
): { relationTypes?: readonly RelationType[] } =>
  types === undefined ? {} : { relationTypes: types }
