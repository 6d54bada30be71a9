import { randomUUID } from 'node:crypto'

import type { DocLabels } from '../../core/doc-labels/doc-label'
import type { Relation } from '../../core/relations/relation'
import { sortSpans } from '../../core/spans/overlaps'
import type { AnnotationFile, Span } from '../../core/spans/span'
import type { PlannedLayer } from './plan-import'

/** A layer with an import merged in, and whether that changed anything worth writing. */
export interface MergedLayer {
  readonly file: AnnotationFile
  readonly spansAdded: number
  readonly changed: boolean
}

const spanKey = (span: { start: number; end: number; label: string }): string =>
  `${span.start}:${span.end}:${span.label}`

/**
 * `base` with the planned layer merged in. A span the layer already has (same start, end and
 * label) is not added again, and a relation to it points at the span already there; new spans
 * and relations get fresh ids. A relation the layer already has (same type and ends) is kept
 * once. Imported document labels replace the layer's value of their category.
 */
export function mergeLayer(base: AnnotationFile, layer: PlannedLayer, now: string): MergedLayer {
  const ids = new Map(base.spans.map((span) => [spanKey(span), span.id]))
  const fresh: Span[] = []
  for (const span of layer.spans) {
    if (ids.has(spanKey(span))) continue
    const made: Span = { id: randomUUID(), ...span, createdAt: now, updatedAt: now }
    ids.set(spanKey(span), made.id)
    fresh.push(made)
  }
  const idAt = (index: number): string => ids.get(spanKey(layer.spans[index] as Span)) as string
  const relations = mergedRelations(base.relations ?? [], layer, idAt, now)
  const docLabels: DocLabels = { ...base.docLabels, ...layer.docLabels }
  const status =
    layer.status ?? (base.status === 'todo' && fresh.length > 0 ? 'in-progress' : base.status)
  const changed =
    fresh.length > 0 ||
    status !== base.status ||
    relations.length !== (base.relations ?? []).length ||
    Object.entries(layer.docLabels).some(
      ([category, value]) => base.docLabels?.[category] !== value,
    )
  return {
    // The rest of the file (a gold file's decisions) stays as it is.
    file: {
      ...base,
      version: 1,
      docId: layer.entry.id,
      annotator: layer.annotator,
      status,
      spans: sortSpans([...base.spans, ...fresh]),
      ...(Object.keys(docLabels).length > 0 && { docLabels }),
      ...(relations.length > 0 && { relations }),
      updatedAt: now,
    },
    spansAdded: fresh.length,
    changed,
  }
}

function mergedRelations(
  existing: readonly Relation[],
  layer: PlannedLayer,
  idAt: (index: number) => string,
  now: string,
): Relation[] {
  const key = (relation: { type: string; from: string; to: string }): string =>
    `${relation.type}\u0000${relation.from}\u0000${relation.to}`
  const seen = new Set(existing.map(key))
  const relations = [...existing]
  for (const planned of layer.relations) {
    const ends = { type: planned.type, from: idAt(planned.from), to: idAt(planned.to) }
    if (seen.has(key(ends))) continue
    seen.add(key(ends))
    relations.push({ id: randomUUID(), ...ends, createdAt: now })
  }
  return relations
}
