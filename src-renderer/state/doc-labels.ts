import type { AnnotationFile } from '@core/spans/span'
import type { DocLabels } from '@core/doc-labels/doc-label'

import type { AppState, OpenDoc } from './app-state'

/** The open document with the document labels its file holds. */
export const withOpenedDocLabels = (doc: OpenDoc, file: AnnotationFile): OpenDoc =>
  file.docLabels === undefined ? doc : { ...doc, docLabels: file.docLabels }

/** The open document (and its list row) showing `docLabels` after an edit. */
export function withDocLabelsShown(state: AppState, docLabels: DocLabels | undefined): AppState {
  if (!state.doc || state.doc.docLabels === docLabels) return state
  const docId = state.doc.entry.id
  return {
    ...state,
    doc: { ...state.doc, docLabels },
    documents: state.documents.map((item) => (item.id === docId ? { ...item, docLabels } : item)),
  }
}
