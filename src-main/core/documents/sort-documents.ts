import { DOCUMENT_STATUSES } from '../spans/span'
import type { ListedDocument } from './listed-document'

/** What the document list can be sorted by. */
export type DocumentSortKey = 'added' | 'title' | 'status' | 'spans'

export interface DocumentSort {
  readonly key: DocumentSortKey
  readonly ascending: boolean
}

/** The project's own order: the order the documents were added in, oldest first. */
export const PROJECT_ORDER: DocumentSort = { key: 'added', ascending: true }

// Titles as a reader orders them: "Ánh" with "Anh", "Item 9" before "Item 10", case aside.
const titles = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
const statusRank = new Map(DOCUMENT_STATUSES.map((status, rank) => [status, rank]))

type Compare = (a: ListedDocument, b: ListedDocument) => number

const COMPARE: Readonly<Record<DocumentSortKey, Compare>> = {
  // Gloss writes `added` as UTC ISO 8601, whose text order is its time order.
  added: (a, b) => (a.added < b.added ? -1 : a.added > b.added ? 1 : 0),
  title: (a, b) => titles.compare(a.title, b.title),
  status: (a, b) => (statusRank.get(a.status) ?? 0) - (statusRank.get(b.status) ?? 0),
  spans: (a, b) => a.spanCount - b.spanCount,
}

/**
 * The documents in the chosen order (status: to do, in progress, done). Ties keep the
 * order the documents have in the project, whichever way the list is sorted, so rows that
 * compare equal never swap places between two sorts.
 */
export function sortDocuments<T extends ListedDocument>(
  documents: readonly T[],
  sort: DocumentSort,
): T[] {
  const compare = COMPARE[sort.key]
  const sign = sort.ascending ? 1 : -1
  return documents
    .map((document, index) => ({ document, index }))
    .sort((x, y) => sign * compare(x.document, y.document) || x.index - y.index)
    .map(({ document }) => document)
}
