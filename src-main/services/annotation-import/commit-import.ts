import { randomUUID } from 'node:crypto'

import { sortSpans } from '../../core/spans/overlaps'
import type { AnnotationFile, Span } from '../../core/spans/span'
import { mapLimit } from '../annotations/map-limit'
import { untouchedAnnotations } from '../annotations/span-edits'
import type { ProjectStore } from '../project/project-store'
import type { ImportPlan, PlannedLayer, PlannedSpan } from './plan-import'

const PARALLEL = 16

export interface Committed {
  readonly spansImported: number
  /** The annotators whose layers were written, sorted. */
  readonly annotators: readonly string[]
}

interface Merge {
  readonly layer: PlannedLayer
  readonly base: AnnotationFile
  readonly write: boolean
  readonly added: number
}

/**
 * Writes a plan: first reads every layer it will change (so an unreadable annotations file
 * stops the import before anything is written), then the new documents' texts, the index
 * once, and each changed layer once. A layer keeps its spans; spans it already has (same
 * start, end and label) are not added again.
 */
export async function commitImport(
  store: ProjectStore,
  plan: ImportPlan,
  now: string,
): Promise<Committed> {
  const merges = await mapLimit([...plan.layers.values()], PARALLEL, async (layer) => {
    const current = await store.readAnnotations(layer.annotator, layer.entry.id)
    const base = current ?? untouchedAnnotations(layer.entry, layer.annotator)
    const added = newSpans(base.spans, layer.spans).length
    const statusChanges = layer.status !== undefined && layer.status !== base.status
    return { layer, base, added, write: added > 0 || statusChanges } satisfies Merge
  })

  const added = [...plan.added.values()]
  const written = merges.filter((merge) => merge.write)
  // Every layer it writes is taken first: a layer another program writes stops the import
  // before anything is written.
  const layers = written.map(({ layer }) => layer.annotator)
  await store.asWriterOf(layers, async () => {
    await mapLimit(added, PARALLEL, ({ entry, text }) => store.writeText(entry.id, text))
    if (added.length > 0) await store.addDocuments(added.map(({ entry }) => entry))
    await mapLimit(written, PARALLEL, ({ layer }) =>
      store.updateAnnotations(layer.annotator, layer.entry.id, (current) =>
        merged(current ?? untouchedAnnotations(layer.entry, layer.annotator), layer, now),
      ),
    )
  })
  return {
    spansImported: written.reduce((sum, merge) => sum + merge.added, 0),
    annotators: [...new Set(written.map((merge) => merge.layer.annotator))].sort(),
  }
}

function merged(base: AnnotationFile, layer: PlannedLayer, now: string): AnnotationFile {
  const fresh = newSpans(base.spans, layer.spans).map((span): Span => ({
    id: randomUUID(),
    ...span,
    createdAt: now,
    updatedAt: now,
  }))
  const status =
    layer.status ?? (base.status === 'todo' && fresh.length > 0 ? 'in-progress' : base.status)
  return {
    version: 1,
    docId: layer.entry.id,
    annotator: layer.annotator,
    status,
    spans: sortSpans([...base.spans, ...fresh]),
    updatedAt: now,
  }
}

/** The planned spans the layer does not have yet, each once. */
function newSpans(existing: readonly Span[], planned: readonly PlannedSpan[]): PlannedSpan[] {
  const key = (span: { start: number; end: number; label: string }): string =>
    `${span.start}:${span.end}:${span.label}`
  const seen = new Set(existing.map(key))
  return planned.filter((span) => {
    const spanKey = key(span)
    if (seen.has(spanKey)) return false
    seen.add(spanKey)
    return true
  })
}
