import type { AnnotatorLabelCounts } from '../../core/agreement/annotator-distribution'
import { countLabels } from '../../core/spans/label-counts'
import type { ReadDocument } from './read-agreement-input'

/** Each chosen annotator's spans per label over the documents read (for the distribution chart). */
export function annotatorLabelCounts(
  annotators: readonly string[],
  documents: readonly ReadDocument[],
): AnnotatorLabelCounts[] {
  return annotators.map((annotator, k) => ({
    annotator,
    counts: countLabels(documents.flatMap(({ files }) => files[k]?.spans ?? [])),
  }))
}
