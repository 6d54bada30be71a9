import type { RelationType } from './relation'

/**
 * How many types a project may define. The first nine are picked with 1–9 while drawing a
 * relation; the rest by their buttons (Tab, Enter or a click), so more than nine still work.
 */
export const MAX_RELATION_TYPES = 20

/** The types a project has until it says otherwise, drawn from what analysts of news link. */
export const DEFAULT_RELATION_TYPES: readonly RelationType[] = [
  { id: 'supports', name: 'supports', description: 'A claim or statistic backs up another span.' },
  { id: 'made-by', name: 'made by', description: 'A commitment or claim and who made it.' },
  { id: 'quantifies', name: 'quantifies', description: 'A statistic puts a number on a span.' },
]

/**
 * The relation types of a project: its own list, or the defaults when `gloss.json` has none
 * (a file written before relations existed stays readable and gets the defaults).
 */
export function relationTypesOf(project: {
  readonly relationTypes?: readonly RelationType[]
}): readonly RelationType[] {
  return project.relationTypes ?? DEFAULT_RELATION_TYPES
}

/** The type's display name, or its id when the project no longer has it. */
export function relationTypeName(types: readonly RelationType[], id: string): string {
  return types.find((type) => type.id === id)?.name ?? id
}

/**
 * The type as the analyst sees it: its name, or its id marked "not defined" when the project
 * no longer has it (the relation stays; exports still name it by `relationTypeName`).
 */
export function relationTypeShown(types: readonly RelationType[], id: string): string {
  const type = types.find((candidate) => candidate.id === id)
  return type ? type.name : `${id} (not defined)`
}
