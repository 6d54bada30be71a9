import { PROJECT_ORDER, type DocumentSort } from '@core/documents/sort-documents'

/** How the analyst has the document list: sorted, filtered by label, a title being edited. */
export interface ListView {
  /** Kept for the session, across projects and views. */
  readonly sort: DocumentSort
  /** Only documents with at least one of the annotator's spans of this label id. */
  readonly label: string | null
  /** The document whose title is being edited in the list. */
  readonly renamingId: string | null
  /** Why the title typed could not be saved, shown by the field until the next try. */
  readonly renameError: string | null
}

export const initialListView: ListView = {
  sort: PROJECT_ORDER,
  label: null,
  renamingId: null,
  renameError: null,
}
