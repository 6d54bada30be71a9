import { applyDocLabelChanges } from '../../core/doc-labels/apply-doc-labels'
import type { AnnotationFile, SpanChangeSet } from '../../core/spans/span'

/**
 * The `docLabels` field of `file` after the change set's document label changes, to spread
 * over the file: nothing when it changes none (the file keeps what it has), `undefined` when
 * the last value is cleared (JSON leaves the field out, as in a file that never had one).
 */
export function withDocLabels(
  file: AnnotationFile,
  changes: SpanChangeSet,
  how: 'strict' | 'replay',
): { docLabels?: AnnotationFile['docLabels'] } {
  if (changes.docLabels === undefined || changes.docLabels.length === 0) return {}
  return { docLabels: applyDocLabelChanges(file.docLabels, changes.docLabels, how) }
}
