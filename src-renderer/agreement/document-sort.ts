import type { DocumentAgreementRow } from '@core/agreement/agreement-overview'

/** The columns the per-document table sorts by. */
export type DocumentSortKey =
  'index' | 'title' | 'tokens' | 'krippendorffAlpha' | 'spanF1Strict' | 'spanF1Relaxed'

export interface DocumentSort {
  readonly key: DocumentSortKey
  readonly ascending: boolean
}

/**
 * The rows in the chosen order; index order breaks ties. Documents whose figure is undefined
 * go last either way: they have nothing to rank.
 */
export function sortDocuments(
  rows: readonly DocumentAgreementRow[],
  sort: DocumentSort,
): DocumentAgreementRow[] {
  const indexed = rows.map((row, index) => ({ row, index }))
  const sign = sort.ascending ? 1 : -1
  const compare = (
    x: { row: DocumentAgreementRow; index: number },
    y: { row: DocumentAgreementRow; index: number },
  ): number => {
    if (sort.key === 'index') return sign * (x.index - y.index)
    if (sort.key === 'title')
      return sign * x.row.title.localeCompare(y.row.title) || x.index - y.index
    const a = x.row[sort.key]
    const b = y.row[sort.key]
    if (a === null || b === null) return a === b ? x.index - y.index : a === null ? 1 : -1
    return sign * (a - b) || x.index - y.index
  }
  return indexed.sort(compare).map(({ row }) => row)
}
