import type { ReviewDocumentSummary } from '@contract/endpoints'

import { useAppState, useCommands } from '../state/use-store'

function ReviewRow({
  item,
  current,
}: {
  readonly item: ReviewDocumentSummary
  readonly current: boolean
}) {
  const { review } = useCommands()
  const { progress } = item
  const open = progress.disagreements - progress.settledDisagreements
  return (
    <li
      role="option"
      aria-selected={current}
      className={current ? 'doc-row current' : 'doc-row'}
      onClick={() => void review.openDocument(item.id)}
    >
      <span className="doc-title" title={item.title}>
        {item.title}
      </span>
      <span className="doc-meta">
        {item.annotated.length === 0 ? (
          <span className="status-badge status-todo">not annotated</span>
        ) : item.adjudicated ? (
          <span className="status-badge status-done">adjudicated</span>
        ) : (
          <span className="status-badge status-in-progress">{open} open</span>
        )}
        <span className="span-count">
          {item.annotated.length} {item.annotated.length === 1 ? 'annotator' : 'annotators'} ·{' '}
          {item.goldSpans} gold
        </span>
      </span>
    </li>
  )
}

/** The documents with where review stands on each; J/K or the arrows move through them. */
export function ReviewDocuments() {
  const documents = useAppState((state) => state.review.documents)
  const currentId = useAppState((state) => state.review.doc?.entry.id ?? state.review.openingDocId)
  const { review } = useCommands()
  const adjudicated = documents.filter((item) => item.adjudicated).length
  return (
    <nav className="document-pane" aria-label="Documents to review">
      <div className="pane-header">
        <h2>Review</h2>
        <span className="progress-text" data-testid="review-progress">
          {adjudicated} / {documents.length} adjudicated
        </span>
      </div>
      <div className="progress-track" aria-hidden="true">
        <div
          className="progress-fill"
          style={{ width: `${documents.length ? (100 * adjudicated) / documents.length : 0}%` }}
        />
      </div>
      <ul
        role="listbox"
        aria-label="Documents to review"
        className="doc-list"
        tabIndex={0}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
          event.preventDefault()
          void review.stepDocument(event.key === 'ArrowDown' ? 1 : -1)
        }}
      >
        {documents.map((item) => (
          <ReviewRow key={item.id} item={item} current={item.id === currentId} />
        ))}
      </ul>
    </nav>
  )
}
