import type { CommentTarget, CommentThread } from '@core/comments/comment'
import { threadsOn } from '@core/comments/place-threads'
import { useEffect, useMemo, type ReactNode } from 'react'

import { useAppState, useCommands } from '../state/use-store'
import { CommentComposer } from './comment-composer'
import { CommentThreadCard } from './comment-thread-card'

const NO_THREADS: readonly CommentThread[] = []

export interface CommentThreadsProps {
  readonly docId: string
  /** What the threads are about: a span of any layer (`_gold` too), or a range of the text. */
  readonly target: CommentTarget
  /** The new-thread box takes the keyboard focus each time this changes. */
  readonly focusSeq?: number
  /** Shown on top of a thread (e.g. that its span has changed since); none by default. */
  readonly aboutThread?: (thread: CommentThread) => ReactNode
  /** The new-thread box's placeholder; by default it says what the target is. */
  readonly placeholder?: string
}

/**
 * Every comment thread on one target, each with reply and resolve, and a box to start a new
 * thread there. Reads the document's threads from the app state and loads them when they
 * have not been loaded yet, so it can sit in any view that shows the document.
 */
export function CommentThreads({
  docId,
  target,
  focusSeq,
  aboutThread,
  placeholder,
}: CommentThreadsProps) {
  const { comments } = useCommands()
  const loaded = useAppState((state) => state.comments[docId])
  const threads = useMemo(() => threadsOn(loaded ?? NO_THREADS, target), [loaded, target])

  useEffect(() => {
    if (loaded === undefined) void comments.load(docId)
  }, [comments, docId, loaded])

  return (
    <section className="comment-threads" aria-label="Comments">
      <h4>
        Comments <span className="count">{threads.length}</span>
      </h4>
      {threads.map((thread) => (
        <CommentThreadCard
          key={thread.id}
          docId={docId}
          thread={thread}
          about={aboutThread?.(thread)}
        />
      ))}
      <CommentComposer
        label={threads.length === 0 ? 'New comment' : 'New thread'}
        placeholder={
          placeholder ??
          (target.kind === 'span' ? 'Comment on this span…' : 'Comment on this stretch of text…')
        }
        action={threads.length === 0 ? 'Comment' : 'Start thread'}
        focusSeq={focusSeq}
        send={(text) => comments.startThread(docId, target, text)}
      />
    </section>
  )
}
