import type { AnnotationFile } from '../../core/spans/span'
import { mapLimit } from '../annotations/map-limit'
import { untouchedAnnotations } from '../annotations/span-edits'
import type { ProjectStore } from '../project/project-store'
import { mergeLayer } from './merge-layer'
import type { ImportPlan, PlannedLayer } from './plan-import'

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
 * once, and each changed layer once (see `mergeLayer`: nothing it has is lost or doubled).
 */
export async function commitImport(
  store: ProjectStore,
  plan: ImportPlan,
  now: string,
): Promise<Committed> {
  const merges = await mapLimit([...plan.layers.values()], PARALLEL, async (layer) => {
    const current = await store.readAnnotations(layer.annotator, layer.entry.id)
    const base = current ?? untouchedAnnotations(layer.entry, layer.annotator)
    const { spansAdded, changed } = mergeLayer(base, layer, now)
    return { layer, base, added: spansAdded, write: changed } satisfies Merge
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
      store.updateAnnotations(
        layer.annotator,
        layer.entry.id,
        (current) =>
          mergeLayer(current ?? untouchedAnnotations(layer.entry, layer.annotator), layer, now)
            .file,
      ),
    )
  })
  return {
    spansImported: written.reduce((sum, merge) => sum + merge.added, 0),
    annotators: [...new Set(written.map((merge) => merge.layer.annotator))].sort(),
  }
}
