import type { DocumentListItem } from '@contract/endpoints'

import { memo, type CSSProperties } from 'react'

import { CommentCount } from '../comments/comment-count'
import { useCommands } from '../state/use-store'
import { addedDate } from './added-date'
import { DocLabelTags } from './doc-label-tags'
import { STATUS_NAMES } from './status'
import { TitleEditor } from './title-editor'
import { VersionBadge } from './version-badge'

interface DocumentRowProps {
  readonly item: DocumentListItem
  readonly current: boolean
  /** Its title is being edited; `renameError` says why the last try was refused. */
  readonly renaming: boolean
  readonly renameError: string | null
  readonly style: CSSProperties
  /** Where the row is in the list (1-based) and how long the list is, for screen readers. */
  readonly position: number
  readonly size: number
}

/** One document; unchanged rows are not drawn again when another document's count moves. */
export const DocumentRow = memo(function DocumentRow({
  item,
  current,
  renaming,
  renameError,
  style,
  position,
  size,
}: DocumentRowProps) {
  const { documents, documentList } = useCommands()
  return (
    <li
      role="option"
      aria-selected={current}
      aria-posinset={position}
      aria-setsize={size}
      aria-label={renaming ? `Renaming ${item.title}` : undefined}
      className={current ? 'doc-row current' : 'doc-row'}
      style={style}
      onClick={() => void documents.openDocument(item.id)}
    >
      {renaming ? (
        <TitleEditor docId={item.id} title={item.title} error={renameError} />
      ) : (
        <>
          <span
            className="doc-title"
            data-testid="doc-title"
            title={`${item.title} (double-click or F2 to rename)`}
            onDoubleClick={() => documentList.startRename(item.id)}
          >
            {item.title}
          </span>
          <span className="doc-meta">
            <span className={`status-badge status-${item.status}`}>
              {STATUS_NAMES[item.status]}
            </span>
            <span className="span-count">
              {item.spanCount} {item.spanCount === 1 ? 'span' : 'spans'}
            </span>
            <CommentCount open={item.unresolvedComments} total={item.unresolvedComments} />
            <VersionBadge item={item} />
            <DocLabelTags docLabels={item.docLabels} />
            <span className="added-date" title={`Added ${item.added}`}>
              {addedDate(item.added)}
            </span>
          </span>
        </>
      )}
    </li>
  )
})
