import type { DocumentAgreementRow } from '@core/agreement/agreement-overview'
import { useMemo, useState } from 'react'

import { type DocumentSort, type DocumentSortKey, sortDocuments } from './document-sort'
import { FigureCell, SpanF1Cells } from './figure-cells'

// Enough to see the worst documents at a glance; the rest are one click away.
const FIRST_ROWS = 100

interface DocumentTableProps {
  readonly rows: readonly DocumentAgreementRow[]
  /** Opens a document; a row's title is the way in. */
  readonly onOpenDocument: (docId: string) => void
}

const COLUMNS: readonly { readonly key: DocumentSortKey; readonly name: string }[] = [
  { key: 'title', name: 'Document' },
  { key: 'tokens', name: 'Tokens' },
  { key: 'krippendorffAlpha', name: 'α' },
  { key: 'spanF1Strict', name: 'F1 strict' },
  { key: 'spanF1Relaxed', name: 'F1 relaxed' },
]

/** Every document's own figures; sort by a column (lowest alpha first finds the hard ones). */
export function DocumentTable({ rows, onOpenDocument }: DocumentTableProps) {
  const [sort, setSort] = useState<DocumentSort>({ key: 'index', ascending: true })
  const [showAll, setShowAll] = useState(false)
  const sorted = useMemo(() => sortDocuments(rows, sort), [rows, sort])
  const shown = showAll ? sorted : sorted.slice(0, FIRST_ROWS)
  const sortBy = (key: DocumentSortKey) =>
    setSort((current) =>
      current.key === key ? { key, ascending: !current.ascending } : { key, ascending: true },
    )
  const ariaSort = (key: DocumentSortKey) =>
    sort.key !== key ? undefined : sort.ascending ? ('ascending' as const) : ('descending' as const)
  return (
    <section className="agreement-panel wide" aria-labelledby="documents-heading">
      <div className="panel-heading">
        <h3 id="documents-heading">Documents</h3>
        <span className="panel-note">Click a document to open it.</span>
      </div>
      <table className="figures-table documents-table" aria-label="Agreement per document">
        <thead>
          <tr>
            {COLUMNS.map((column, c) => (
              <th
                key={column.key}
                scope="col"
                className={c === 0 ? undefined : 'number'}
                aria-sort={ariaSort(column.key)}
              >
                <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                  {column.name}
                  <span aria-hidden="true" className="sort-mark">
                    {sort.key === column.key ? (sort.ascending ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">Annotators</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.docId} className="document-row" onClick={() => onOpenDocument(row.docId)}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button document-link"
                  title={`Open ${row.title}`}
                  onClick={(event) => {
                    // The row opens it too; once is enough.
                    event.stopPropagation()
                    onOpenDocument(row.docId)
                  }}
                >
                  {row.title}
                </button>
              </th>
              <td className="number">{row.tokens.toLocaleString()}</td>
              <FigureCell value={row.krippendorffAlpha} reason={row.krippendorffAlphaReason} />
              <SpanF1Cells figures={row} />
              <td className="annotator-names">
                {row.annotators.length > 0 ? row.annotators.join(', ') : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > shown.length && (
        <button type="button" className="show-more" onClick={() => setShowAll(true)}>
          Show all {sorted.length.toLocaleString()} documents
        </button>
      )}
    </section>
  )
}
