import type { Relation } from '../relations/relation'
import type { ReviewGroup } from './review-group'
import type { ReviewLayer } from './review-layer'
import { candidateKey } from './review-records'

/** One annotator's layer with the relations between its spans, as relation review reads it. */
export interface RelationLayer extends ReviewLayer {
  readonly relations?: readonly Relation[]
}

/**
 * One relation as the annotators drew it, compared across layers: the same type from a span
 * of group `from` to a span of group `to`. Annotators who drew it agree on it; `agreed` when
 * every layer has it, otherwise it is missing for the annotators in `missing`.
 */
export interface RelationComparison {
  /** `type:from->to` (group ids): stable while the layers do not change. */
  readonly key: string
  readonly type: string
  /** The group ids of its two ends (see `ReviewGroup.id`). */
  readonly from: string
  readonly to: string
  /** Who drew it, in layer order. */
  readonly annotators: readonly string[]
  /** Layers under review that lack it, in layer order. */
  readonly missing: readonly string[]
  readonly agreed: boolean
  /** Each of those annotators' own relation (the first, if one drew it twice). */
  readonly relations: readonly { readonly annotator: string; readonly relation: Relation }[]
}

/**
 * Compares the annotators' relations on one document, given its review groups: two
 * annotators' relations are the same when their `from` spans fall in one group, their `to`
 * spans in one group, and their types match. A relation whose span is not in any group (a
 * file that lost a span) is left out. Sorted by the groups' text order, then type.
 */
export function compareRelations(
  groups: readonly ReviewGroup[],
  layers: readonly RelationLayer[],
): RelationComparison[] {
  const groupOfCandidate = new Map<string, string>()
  const position = new Map<string, number>()
  groups.forEach((group, index) => {
    position.set(group.id, index)
    for (const candidate of group.candidates) groupOfCandidate.set(candidate.key, group.id)
  })
  const byKey = new Map<string, { type: string; from: string; to: string; relations: Drawn[] }>()
  for (const layer of layers) {
    const groupOfSpan = new Map(
      layer.spans.map((span) => [span.id, groupOfCandidate.get(candidateKey(span))]),
    )
    for (const relation of layer.relations ?? []) {
      const from = groupOfSpan.get(relation.from)
      const to = groupOfSpan.get(relation.to)
      if (from === undefined || to === undefined) continue
      const key = `${relation.type}:${from}->${to}`
      let entry = byKey.get(key)
      if (entry === undefined) {
        entry = { type: relation.type, from, to, relations: [] }
        byKey.set(key, entry)
      }
      if (entry.relations.some((item) => item.annotator === layer.annotator)) continue
      entry.relations.push({ annotator: layer.annotator, relation })
    }
  }
  const order = layers.map((layer) => layer.annotator)
  const at = (id: string): number => position.get(id) ?? 0
  return [...byKey.entries()]
    .map(([key, entry]): RelationComparison => {
      const drawn = new Set(entry.relations.map((item) => item.annotator))
      const annotators = order.filter((name) => drawn.has(name))
      const missing = order.filter((name) => !drawn.has(name))
      return { key, ...entry, annotators, missing, agreed: missing.length === 0 }
    })
    .sort(
      (a, b) =>
        at(a.from) - at(b.from) ||
        at(a.to) - at(b.to) ||
        (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
    )
}

interface Drawn {
  readonly annotator: string
  readonly relation: Relation
}
