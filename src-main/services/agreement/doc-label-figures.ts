import type { AgreementReport } from '../../core/agreement/agreement-report'
import type { DocLabelCategory } from '../../core/doc-labels/doc-label'
import { docLabelAgreement, type DocLabelLayers } from '../../core/doc-labels/doc-label-agreement'
import type { DocLabels } from '../../core/doc-labels/doc-label'
import type { ReadDocument } from './read-agreement-input'

/**
 * The report's `docLabels` figures from the files already read for the span figures, spread
 * into the report; nothing for a project without categories, whose report stays as it was.
 */
export function docLabelFigures(
  categories: readonly DocLabelCategory[],
  annotators: readonly string[],
  read: readonly ReadDocument[],
): Pick<AgreementReport, 'docLabels'> {
  if (categories.length === 0) return {}
  const documents = read.map((document): DocLabelLayers => {
    const layers = new Map<string, DocLabels | undefined>()
    annotators.forEach((annotator, k) => {
      const file = document.files[k]
      if (file) layers.set(annotator, file.docLabels)
    })
    return layers
  })
  return { docLabels: docLabelAgreement(categories, annotators, documents) }
}
