import type { CommentTarget, CommentThread } from '@core/comments/comment'
import { countThreads, threadsOn } from '@core/comments/place-threads'
import { useMemo, useState } from 'react'

import { CommentCount } from '../comments/comment-count'
import { CommentThreads } from '../comments/comment-threads'
import { useAppState } from '../state/use-store'

const NO_THREADS: readonly CommentThread[] = []

interface ToggleCommentsProps {
  readonly docId: string
  readonly target: CommentTarget
  /** What the button says, e.g. "Comment on alice's span". */
  readonly label: string
}

/**
 * A button that opens the comment threads on one target in place, showing how many there
 * are; the annotator whose span it is sees them in their annotate view.
 */
export function ToggleComments({ docId, target, label }: ToggleCommentsProps) {
  const loaded = useAppState((state) => state.comments[docId]) ?? NO_THREADS
  const count = useMemo(() => countThreads(threadsOn(loaded, target)), [loaded, target])
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="link-button comment-toggle"
        aria-expanded={open}
        aria-label={label}
        onClick={() => setOpen(!open)}
      >
        Comment <CommentCount open={count.open} total={count.total} />
      </button>
      {open && <CommentThreads docId={docId} target={target} />}
    </>
  )
}
