import type { CommentThread } from '@core/comments/comment'
import { countThreads } from '@core/comments/place-threads'
import type { Label } from '@core/labels/label'
import type { Span } from '@core/spans/span'
import { useId, useState } from 'react'

import { CommentCount } from '../comments/comment-count'
import { DocumentComments } from '../comments/document-comments'

interface OtherCommentsSectionProps {
  readonly docId: string
  readonly threads: readonly CommentThread[]
  readonly labels: readonly Label[]
  readonly annotator: string
  readonly spans: readonly Span[]
}

/**
 * The threads not on one of the annotator's spans, under a header that folds them away;
 * open when any of them is unresolved, so nothing waiting for an answer is hidden.
 */
export function OtherCommentsSection(props: OtherCommentsSectionProps) {
  const count = countThreads(props.threads)
  const [expanded, setExpanded] = useState(count.open > 0)
  const bodyId = useId()
  return (
    <section className="panel-section panel-comments" aria-label="Other comments">
      <h3>
        <button
          type="button"
          className="section-toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => setExpanded(!expanded)}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> Other comments
        </button>
        <CommentCount open={count.open} total={count.total} />
      </h3>
      {expanded && (
        <div id={bodyId}>
          <DocumentComments {...props} />
        </div>
      )}
    </section>
  )
}
