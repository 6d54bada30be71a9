interface CommentCountProps {
  /** Threads nobody has resolved. */
  readonly open: number
  /** All threads. */
  readonly total: number
}

const threads = (n: number): string => `${n} comment ${n === 1 ? 'thread' : 'threads'}`

/** A small speech-bubble count: open threads stand out, all-resolved ones are muted. */
export function CommentCount({ open, total }: CommentCountProps) {
  if (total === 0) return null
  const words = open > 0 ? `${threads(open)} open` : `${threads(total)}, all resolved`
  return (
    <span
      className={open > 0 ? 'comment-count open' : 'comment-count'}
      role="img"
      aria-label={words}
      title={words}
    >
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
        <path d="M2 2.5h12v8H6.5L3 13.5v-3H2z" fill="currentColor" />
      </svg>
      {open > 0 ? open : '✓'}
    </span>
  )
}
