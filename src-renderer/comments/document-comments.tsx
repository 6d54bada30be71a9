import type { CommentThread } from '@core/comments/comment'
import type { Label } from '@core/labels/label'
import type { Span } from '@core/spans/span'

import { CommentThreadCard } from './comment-thread-card'
import { ThreadAbout } from './thread-about'

interface DocumentCommentsProps {
  readonly docId: string
  /** The threads not on one of the annotator's current spans (see `placeThreads`). */
  readonly threads: readonly CommentThread[]
  readonly labels: readonly Label[]
  readonly annotator: string
  readonly spans: readonly Span[]
}

/**
 * The side panel's other threads on the document: on stretches of text (disagreements found
 * in review), on colleagues' or the gold set's spans, and on spans of yours since deleted.
 */
export function DocumentComments({
  docId,
  threads,
  labels,
  annotator,
  spans,
}: DocumentCommentsProps) {
  const ids = new Set(spans.map((span) => span.id))
  return (
    <div className="document-comments">
      {threads.map((thread) => {
        const { target } = thread
        const mine = target.kind === 'span' && target.annotator === annotator
        const anchor = mine && !ids.has(target.spanId) ? 'deleted' : null
        return (
          <CommentThreadCard
            key={thread.id}
            docId={docId}
            thread={thread}
            about={
              <ThreadAbout target={target} labels={labels} annotator={annotator} anchor={anchor} />
            }
          />
        )
      })}
    </div>
  )
}
