import type { RelationType } from './relation'
import { MAX_RELATION_TYPES } from './relation-types'

/**
 * Why a list of relation types cannot be saved, in words for the analyst, or `null`: every
 * name non-empty once trimmed, names unique ignoring case and ids unique (or a stored relation
 * or an exported type name would be ambiguous), at most `MAX_RELATION_TYPES`. Settings and the
 * service both ask it, so the UI says what the service would refuse.
 */
export function relationTypesProblem(types: readonly RelationType[]): string | null {
  if (types.length > MAX_RELATION_TYPES) {
    return `A project can have at most ${MAX_RELATION_TYPES} relation types.`
  }
  const ids = new Set<string>()
  const names = new Map<string, string>()
  for (const type of types) {
    const name = type.name.trim()
    if (name === '') return 'A relation type needs a name.'
    const other = names.get(name.toLocaleLowerCase())
    if (other !== undefined) {
      return `Two relation types are named "${name}"${other === name ? '' : ` and "${other}"`}.`
    }
    if (ids.has(type.id)) return `Two relation types have the id "${type.id}".`
    ids.add(type.id)
    names.set(name.toLocaleLowerCase(), name)
  }
  return null
}
