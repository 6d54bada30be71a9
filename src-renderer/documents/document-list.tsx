import type { DocumentListItem } from '@contract/endpoints'

import { memo, type CSSProperties } from 'react'

import { CommentCount } from '../comments/comment-count'
import { FixedRowList } from '../components/fixed-row-list'
import type { StatusFilter } from '../state/app-state'
import { visibleDocuments } from '../state/commands/documents'
import { useAppState, useCommands } from '../state/use-store'
import { STATUS_NAMES } from './status'

const FILTERS: readonly { readonly value: StatusFilter; readonly name: string }[] = [
  { value: 'all', name: 'All' },
  { value: 'todo', name: 'To do' },
  { value: 'in-progress', name: 'In progress' },
  { value: 'done', name: 'Done' },
]

// What `.doc-row` in document-pane.css holds: 7px padding and a 1px border above and below, a
// 20px title, a 3px gap and a 19px line of status and counts.
const DOC_ROW_HEIGHT = 58

interface DocumentRowProps {
  readonly item: DocumentListItem
  readonly current: boolean
  readonly style: CSSProperties
  /** Where the row is in the list (1-based) and how long the list is, for screen readers. */
  readonly position: number
  readonly size: number
}

/** One document; unchanged rows are not drawn again when another document's count moves. */
const DocumentRow = memo(function DocumentRow({
  item,
  current,
  style,
  position,
  size,
}: DocumentRowProps) {
  const { documents } = useCommands()
  return (
    <li
      role="option"
      aria-selected={current}
      aria-posinset={position}
      aria-setsize={size}
      className={current ? 'doc-row current' : 'doc-row'}
      style={style}
      onClick={() => void documents.openDocument(item.id)}
    >
      <span className="doc-title" title={item.title}>
        {item.title}
      </span>
      <span className="doc-meta">
        <span className={`status-badge status-${item.status}`}>{STATUS_NAMES[item.status]}</span>
        <span className="span-count">
          {item.spanCount} {item.spanCount === 1 ? 'span' : 'spans'}
        </span>
        <CommentCount open={item.unresolvedComments} total={item.unresolvedComments} />
      </span>
    </li>
  )
})

/** The project's articles with this annotator's status and span count, filterable by status. */
export function DocumentList() {
  const all = useAppState((state) => state.documents)
  const filter = useAppState((state) => state.filter)
  const currentId = useAppState((state) => state.doc?.entry.id ?? state.openingDocId)
  const { documents } = useCommands()
  const shown = visibleDocuments(all, filter)
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
      {all.length > 0 && shown.length === 0 && (
        <p className="empty-note">No documents with this status.</p>
      )}
      <FixedRowList
        list={{
          role: 'listbox',
          'aria-label': 'Documents',
          className: 'doc-list',
          tabIndex: 0,
          onKeyDown: (event) => {
            if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
            event.preventDefault()
            void documents.stepDocument(event.key === 'ArrowDown' ? 1 : -1)
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
