import type { DocumentListItem } from '@contract/endpoints'

import { FixedRowList } from '../components/fixed-row-list'
import type { StatusFilter } from '../state/app-state'
import { labelFilterOf, shownDocuments } from '../state/shown-documents'
import { useAppState, useCommands } from '../state/use-store'
import { DOCUMENT_LIST_ID } from '../keys/focus-targets'
import { DocumentRow } from './document-row'
import { handleDocumentListKey } from './document-list-keys'
import { ListTools } from './list-tools'

const FILTERS: readonly { readonly value: StatusFilter; readonly name: string }[] = [
  { value: 'all', name: 'All' },
  { value: 'todo', name: 'To do' },
  { value: 'in-progress', name: 'In progress' },
  { value: 'done', name: 'Done' },
]

// What `.doc-row` in document-pane.css holds: 7px padding and a 1px border above and below, a
// 20px title, a 3px gap and a 19px line of status and counts.
const DOC_ROW_HEIGHT = 58

/**
 * The project's articles with this annotator's status and span count: filtered by status and
 * label, sorted, and renamed in place (double-click, F2).
 */
export function DocumentList() {
  const all = useAppState((state) => state.documents)
  const filter = useAppState((state) => state.filter)
  const shown = useAppState(shownDocuments)
  const labelFiltered = useAppState((state) => labelFilterOf(state) !== null)
  const { renamingId, renameError } = useAppState((state) => state.listView)
  const currentId = useAppState((state) => state.doc?.entry.id ?? state.openingDocId)
  const { documents, documentList } = useCommands()
  const done = all.filter((item) => item.status === 'done').length

  return (
    <nav className="document-pane" aria-label="Documents">
      <div className="pane-header">
        <h2>Documents</h2>
        <span className="progress-text" data-testid="progress">
          {done} / {all.length} done
        </span>
      </div>
      <div className="progress-track" aria-hidden="true">
        <div
          className="progress-fill"
          style={{ width: `${all.length ? (100 * done) / all.length : 0}%` }}
        />
      </div>
      <div role="radiogroup" aria-label="Filter by status" className="filter-group">
        {FILTERS.map((option) => (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={filter === option.value}
            onClick={() => documents.setFilter(option.value)}
          >
            {option.name}
          </button>
        ))}
      </div>
      <ListTools />
      {all.length > 0 && shown.length === 0 && (
        <p className="empty-note">
          {labelFiltered
            ? 'No documents with this status and a span of this label.'
            : 'No documents with this status.'}
        </p>
      )}
      <FixedRowList
        list={{
          role: 'listbox',
          'aria-label': 'Documents',
          className: 'doc-list',
          tabIndex: 0,
          id: DOCUMENT_LIST_ID,
          onKeyDown: (event) => {
            if (handleDocumentListKey(event, { documents, documentList })) event.preventDefault()
          },
        }}
        scrollClassName="doc-scroll"
        count={shown.length}
        keyOf={(index) => shown[index]?.id ?? index}
        rowHeight={DOC_ROW_HEIGHT}
        currentIndex={shown.findIndex((item) => item.id === currentId)}
        renderRow={(index, style) => {
          const item = shown[index] as DocumentListItem
          return (
            <DocumentRow
              item={item}
              current={item.id === currentId}
              renaming={item.id === renamingId}
              renameError={item.id === renamingId ? renameError : null}
              style={style}
              position={index + 1}
              size={shown.length}
            />
          )
        }}
      />
    </nav>
  )
}
