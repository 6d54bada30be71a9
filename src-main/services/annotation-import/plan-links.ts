import type { ParsedDocument } from '../../core/formats/dataset'
import type { DocLabelCategory } from '../../core/doc-labels/doc-label'
import type { RelationType } from '../../core/relations/relation'

/** A relation ready to merge into a layer: type by id, ends as indices into the layer's spans. */
export interface PlannedRelation {
  readonly type: string
  readonly from: number
  readonly to: number
}

/** A span of a parsed document: its index in the planned layer, or where it was when skipped. */
export type PlannedEnd = number | { readonly skipped: string }

type Skip = (where: string, message: string) => void

const plain = (name: string): string => name.normalize('NFC').trim().toLowerCase()
// brat writes "made by" as made_by (its type names have no spaces); case never matters.
const key = (name: string): string => plain(name).replaceAll('_', ' ')

function byNameOrId<T extends { readonly id: string; readonly name: string }>(
  items: readonly T[],
): (named: string) => T | undefined {
  const byName = new Map(items.map((item) => [key(item.name), item]))
  const byId = new Map(items.map((item) => [item.id, item]))
  return (named) => byName.get(key(named)) ?? byId.get(named.trim())
}

/**
 * The document's relations the project can hold: a type it defines (by name, ignoring case,
 * or id) between two different spans that were both planned. Each other relation is skipped
 * with a message naming why and what to do.
 */
export function planRelations(
  document: ParsedDocument,
  ends: readonly PlannedEnd[],
  types: readonly RelationType[],
  skip: Skip,
): PlannedRelation[] {
  const typeFor = byNameOrId(types)
  const planned: PlannedRelation[] = []
  for (const relation of document.relations ?? []) {
    const type = typeFor(relation.type)
    if (type === undefined) {
      const known = types.map((item) => `"${item.name}"`).join(', ') || 'none'
      skip(
        relation.where,
        `the relation type "${relation.type}" is not in this project's relation types (${known}); add it in Settings to import such relations`,
      )
      continue
    }
    const from = ends[relation.from]
    const to = ends[relation.to]
    const skipped = [from, to].find((end) => typeof end === 'object')
    if (typeof skipped === 'object') {
      skip(
        relation.where,
        `its span (${skipped.skipped}) was skipped, so the relation is skipped too`,
      )
      continue
    }
    if (typeof from !== 'number' || typeof to !== 'number') {
      skip(relation.where, 'it names a span the document does not have; skipped')
      continue
    }
    if (from === to) {
      skip(relation.where, 'it links a span to itself, which Gloss does not keep; skipped')
      continue
    }
    planned.push({ type: type.id, from, to })
  }
  return planned
}

/**
 * The document's labels the project can hold, by category id: a category it defines (by
 * name, ignoring case, or id) and one of its values (ignoring case, stored as the project
 * writes it). Each other label is skipped with a message naming it and what to do.
 */
export function planDocLabels(
  document: ParsedDocument,
  categories: readonly DocLabelCategory[],
  skip: Skip,
): Record<string, string> {
  const categoryFor = byNameOrId(categories)
  const planned: Record<string, string> = {}
  for (const [named, value] of Object.entries(document.docLabels ?? {})) {
    const category = categoryFor(named)
    if (category === undefined) {
      skip(
        document.where,
        `the document label "${named}" is not in this project's document labels; add it in Settings to import it`,
      )
      continue
    }
    const chosen = category.values.find((item) => plain(item) === plain(value))
    if (chosen === undefined) {
      skip(
        document.where,
        `"${value}" is not a value of the document label "${category.name}" (its values: ${category.values.join(', ')}); add it in Settings to import it`,
      )
      continue
    }
    planned[category.id] = chosen
  }
  return planned
}
