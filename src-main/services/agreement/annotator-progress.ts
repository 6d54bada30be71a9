import type { AnnotatorProgress } from '../../core/agreement/agreement-overview'
import type { ReadDocument } from './read-agreement-input'

/** Each chosen annotator's documents by status, and their spans, over the read documents. */
export function annotatorProgress(
  annotators: readonly string[],
  documents: readonly ReadDocument[],
): AnnotatorProgress[] {
  return annotators.map((annotator, k) => {
    let todo = 0
    let inProgress = 0
    let done = 0
    let spans = 0
    for (const { files } of documents) {
      const file = files[k] ?? null
      spans += file?.spans.length ?? 0
      if (file?.status === 'done') done++
      else if (file?.status === 'in-progress') inProgress++
      else todo++
    }
    return { annotator, todo, inProgress, done, spans }
  })
}
