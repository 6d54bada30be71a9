import type { ExportedDataset } from '../../contract/endpoints'
import { exportJsonl, type ExportDocument } from '../../core/formats/export-jsonl'
import { mapLimit } from '../annotations/map-limit'
import type { ProjectStore } from '../project/project-store'
import { safeFileStem } from './safe-file-name'

/** Whose spans go into an export: one annotator's layer, or every annotator's but gold. */
export type ExportSource =
  { readonly kind: 'me'; readonly annotator: string } | { readonly kind: 'all' }

export type ExportFormat = 'jsonl'

const PARALLEL_READS = 16

/**
 * Builds the project's dataset in memory: every document in index order, with the chosen
 * annotators' spans. `suggestedName` is the project name made safe as a file name.
 */
export async function buildExport(
  store: ProjectStore,
  format: ExportFormat,
  source: ExportSource,
): Promise<ExportedDataset> {
  const [project, index] = await Promise.all([store.readProject(), store.readIndex()])
  const annotators = source.kind === 'me' ? [source.annotator] : await store.listAnnotators()
  const documents: ExportDocument[] = await mapLimit(
    index.documents,
    PARALLEL_READS,
    async (entry) => {
      const text = await store.readText(entry)
      const layers = []
      for (const annotator of annotators) {
        const file = await store.readAnnotations(annotator, entry.id)
        if (file !== null) layers.push({ annotator, spans: file.spans })
      }
      return { entry, text, layers }
    },
  )
  const spans = documents.reduce(
    (sum, doc) => sum + doc.layers.reduce((inDoc, layer) => inDoc + layer.spans.length, 0),
    0,
  )
  return {
    suggestedName: `${safeFileStem(project.name, 'gloss-export')}.${format}`,
    content: exportJsonl(documents, project.labels),
    documents: documents.length,
    spans,
  }
}
