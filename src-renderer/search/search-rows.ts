import type { SearchResult } from '@contract/search-endpoints'

/** A row of the results list: a document's heading, or one result under it. */
export type SearchRow =
  | {
      readonly kind: 'document'
      readonly docId: string
      readonly title: string
      readonly count: number
    }
  | { readonly kind: 'result'; readonly index: number; readonly result: SearchResult }

/** The results grouped by document (they come in document order), a heading before each. */
export function searchRows(results: readonly SearchResult[]): SearchRow[] {
  const rows: SearchRow[] = []
  let heading: { kind: 'document'; docId: string; title: string; count: number } | null = null
  results.forEach((result, index) => {
    if (heading?.docId !== result.docId) {
      heading = { kind: 'document', docId: result.docId, title: result.title, count: 0 }
      rows.push(heading)
    }
    heading.count++
    rows.push({ kind: 'result', index, result })
  })
  return rows
}

/** The row that shows result `index`. */
export const rowOfResult = (rows: readonly SearchRow[], index: number): number =>
  rows.findIndex((row) => row.kind === 'result' && row.index === index)
