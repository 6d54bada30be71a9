import type { ReviewDocumentSummary } from '../../contract/endpoints'
import { indexDecisions } from '../../core/review/decisions'
import { groupCandidates } from '../../core/review/group-candidates'
import { reviewProgress } from '../../core/review/review-progress'
import { mapLimit } from '../annotations/map-limit'
import type { ProjectStore } from '../project/project-store'
import { readDocumentLayers } from './review-layers'

const PARALLEL_READS = 16

/** Where review stands on every document of the project, for the chosen annotators. */
export async function summarizeReview(
  store: ProjectStore,
  annotators: readonly string[],
): Promise<ReviewDocumentSummary[]> {
  const { documents } = await store.readIndex()
  return mapLimit(documents, PARALLEL_READS, async (entry) => {
    const read = await readDocumentLayers(store, entry, annotators)
    const progress = reviewProgress(
      groupCandidates(read.layers),
      indexDecisions(read.gold?.decisions),
    )
    return {
      id: entry.id,
      title: entry.title,
      annotated: read.layers.map((layer) => layer.annotator),
      progress,
      goldSpans: read.gold?.spans.length ?? 0,
      adjudicated: progress.adjudicated && read.layers.length > 0,
    }
  })
}
