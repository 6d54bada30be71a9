import type { ProjectStore } from '../project/project-store'
import { mapLimit } from './map-limit'

const PARALLEL_READS = 16

/** How many of the annotator's spans carry the label, and in how many documents. */
export async function countLabelUsage(
  store: ProjectStore,
  annotator: string,
  labelId: string,
): Promise<{ readonly spans: number; readonly documents: number }> {
  const docIds = await store.listAnnotatedDocIds(annotator)
  const counts = await mapLimit(docIds, PARALLEL_READS, async (docId) => {
    const file = await store.readAnnotations(annotator, docId)
    return file?.spans.filter((span) => span.label === labelId).length ?? 0
  })
  return {
    spans: counts.reduce((sum, count) => sum + count, 0),
    documents: counts.filter((count) => count > 0).length,
  }
}

/**
 * Deletes the annotator's spans that carry any of `labelIds`, and their relations, rewriting
 * only the files that had some. Other annotators' files are never touched: they are their work, not ours.
 */
export async function removeLabelSpans(
  store: ProjectStore,
  annotator: string,
  labelIds: ReadonlySet<string>,
): Promise<void> {
  if (labelIds.size === 0) return
  const docIds = await store.listAnnotatedDocIds(annotator)
  await mapLimit(docIds, PARALLEL_READS, async (docId) => {
    const file = await store.readAnnotations(annotator, docId)
    if (!file?.spans.some((span) => labelIds.has(span.label))) return
    await store.updateAnnotations(annotator, docId, (current) => {
      const before = current ?? file
      const spans = before.spans.filter((span) => !labelIds.has(span.label))
      const kept = new Set(spans.map((span) => span.id))
      // A relation needs both its spans: one to a deleted span would point at nothing.
      const relations = before.relations?.filter((r) => kept.has(r.from) && kept.has(r.to))
      return {
        ...before,
        spans,
        ...(relations !== undefined && { relations }),
        updatedAt: new Date().toISOString(),
      }
    })
  })
}
