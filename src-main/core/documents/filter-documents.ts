import { hasLabel } from '../spans/label-counts'
import type { DocumentStatus } from '../spans/span'
import type { ListedDocument } from './listed-document'

/** Which documents the list shows; every part given must hold. */
export interface DocumentFilter {
  readonly status: 'all' | DocumentStatus
  /** Only documents where the annotator has at least one span with this label id. */
  readonly label: string | null
}

export const NO_FILTER: DocumentFilter = { status: 'all', label: null }

/** The documents that pass the filter, in the order given. */
export function filterDocuments<T extends ListedDocument>(
  documents: readonly T[],
  filter: DocumentFilter,
): readonly T[] {
  const { status, label } = filter
  if (status === 'all' && label === null) return documents
  return documents.filter(
    (document) =>
      (status === 'all' || document.status === status) &&
      (label === null || hasLabel(document.labelCounts, label)),
  )
}
