import type { Relation, RelationType } from '../relations/relation'
import { DEFAULT_RELATION_TYPES, relationTypeName } from '../relations/relation-types'
import type { DatasetDocument, ExportLayer, ExportOptions } from './dataset'
import { compareText } from './export-spans'

/** A relation ready to write: its type named, its ends as span ids of its layer. */
export interface ExportRelation {
  readonly relation: Relation
  readonly annotator: string
  readonly type: string
}

/** The types exports name relations by. */
export const exportRelationTypes = (options: ExportOptions): readonly RelationType[] =>
  options.relationTypes ?? DEFAULT_RELATION_TYPES

/**
 * One layer's relations whose both ends are among `written` span ids, type named, in a
 * fixed order (type, from, to, id) so the same project exports byte-identical output.
 */
export function layerRelations(
  layer: ExportLayer,
  types: readonly RelationType[],
  written: ReadonlySet<string>,
): ExportRelation[] {
  return (layer.relations ?? [])
    .filter((relation) => written.has(relation.from) && written.has(relation.to))
    .map((relation) => ({
      relation,
      annotator: layer.annotator,
      type: relationTypeName(types, relation.type),
    }))
    .sort(
      (a, b) =>
        compareText(a.type, b.type) ||
        compareText(a.relation.from, b.relation.from) ||
        compareText(a.relation.to, b.relation.to) ||
        compareText(a.relation.id, b.relation.id),
    )
}

/**
 * The names of every relation type the project defines (`options.relationTypes`, in its
 * order) and then any other the documents use (sorted), for configs that declare them.
 */
export function relationTypeNames(
  docs: readonly DatasetDocument[],
  options: ExportOptions,
): string[] {
  const types = exportRelationTypes(options)
  const names = (options.relationTypes ?? []).map((type) => type.name)
  const extra = new Set<string>()
  for (const doc of docs) {
    for (const layer of doc.layers) {
      for (const relation of layer.relations ?? []) {
        const name = relationTypeName(types, relation.type)
        if (!names.includes(name)) extra.add(name)
      }
    }
  }
  return [...names, ...[...extra].sort(compareText)]
}
