import type { CommentThread } from '@core/comments/comment'
import { useState, type ReactNode } from 'react'

import { useCommands } from '../state/use-store'
import { CommentComposer } from './comment-composer'
import { commentTime } from './comment-time'

interface CommentThreadCardProps {
  readonly docId: string
  readonly thread: CommentThread
  /** What the thread is about, shown on top; left out where the card sits by its target. */
  readonly about?: ReactNode
}

/**
 * One thread: its comments oldest first, a reply box, and resolve or reopen. A resolved
 * thread folds to one line until it is shown again.
 */
export function CommentThreadCard({ docId, thread, about }: CommentThreadCardProps) {
  const { comments } = useCommands()
  const [replying, setReplying] = useState(false)
  const [unfolded, setUnfolded] = useState(false)
  const [busy, setBusy] = useState(false)
  const first = thread.comments[0]
  const folded = thread.resolved && !unfolded

  const toggleResolved = async (): Promise<void> => {
    setBusy(true)
    if (await comments.setResolved(docId, thread.id, !thread.resolved)) setUnfolded(false)
    setBusy(false)
  }

  return (
    <article
      className={thread.resolved ? 'thread resolved' : 'thread'}
      aria-label={`Comment thread by ${thread.author}${thread.resolved ? ' (resolved)' : ''}`}
    >
      {about}
      {folded ? (
        <p className="thread-folded">
          <span className="thread-folded-text">
            <strong>{thread.author}</strong>: {first?.text ?? ''}
          </span>
          <button
            type="button"
            className="link-button"
            aria-expanded="false"
            onClick={() => setUnfolded(true)}
          >
            Show {thread.comments.length === 1 ? 'comment' : `${thread.comments.length} comments`}
          </button>
        </p>
      ) : (
        <ol className="thread-comments">
          {thread.comments.map((comment) => (
            <li key={comment.id}>
              <div className="comment-head">
                <strong>{comment.author}</strong>
                <time dateTime={comment.createdAt}>{commentTime(comment.createdAt)}</time>
              </div>
              <p className="comment-text">{comment.text}</p>
            </li>
          ))}
        </ol>
      )}
      {thread.resolution && (
        <p className="thread-state">
          {thread.resolution.resolved ? 'Resolved' : 'Reopened'} by {thread.resolution.author},{' '}
          {commentTime(thread.resolution.createdAt)}
        </p>
      )}
      {replying && !folded ? (
        <CommentComposer
          label={`Reply to ${thread.author}`}
          placeholder="Reply…"
          action="Reply"
          autoFocus
          send={async (text) => {
            const sent = await comments.reply(docId, thread.id, text)
            if (sent) setReplying(false)
            return sent
          }}
          onCancel={() => setReplying(false)}
        />
      ) : (
        <div className="thread-actions">
          {!folded && (
            <button type="button" onClick={() => setReplying(true)}>
              Reply
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => void toggleResolved()}>
            {thread.resolved ? 'Reopen' : 'Resolve'}
          </button>
        </div>
      )}
    </article>
  )
}
