import { useEffect, useId, useRef, useState } from 'react'

const isMac = navigator.platform.toLowerCase().includes('mac')
const SEND_KEYS = isMac ? '⌘Enter' : 'Ctrl+Enter'

interface CommentComposerProps {
  /** The text box's accessible name, e.g. "Reply" or "New comment". */
  readonly label: string
  readonly placeholder: string
  /** The send button's text. */
  readonly action: string
  /** Saves the text; the box empties when it returns `true` and keeps the text otherwise. */
  readonly send: (text: string) => Promise<boolean>
  /** Escape, or the Cancel button (shown only when given). */
  readonly onCancel?: () => void
  readonly autoFocus?: boolean
  /** The box takes the focus each time this changes. */
  readonly focusSeq?: number
}

/** A text box for a comment: Ctrl/Cmd+Enter sends, Enter starts a new line, Escape cancels. */
export function CommentComposer({
  label,
  placeholder,
  action,
  send,
  onCancel,
  autoFocus = false,
  focusSeq,
}: CommentComposerProps) {
  const [text, setText] = useState('')
  const [sending, setSending] = useState(false)
  const box = useRef<HTMLTextAreaElement>(null)
  const hintId = useId()

  // Only a change asks for the focus: a box mounting under an old request must not take it.
  const seenSeq = useRef(focusSeq)
  useEffect(() => {
    if (focusSeq === seenSeq.current) return
    seenSeq.current = focusSeq
    box.current?.focus()
  }, [focusSeq])

  const empty = text.trim() === ''
  const submit = async (): Promise<void> => {
    if (empty || sending) return
    setSending(true)
    const sent = await send(text)
    setSending(false)
    if (sent) setText('')
  }

  return (
    <form
      className="comment-composer"
      aria-label={label}
      data-empty={empty}
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <textarea
        ref={box}
        rows={autoFocus ? 2 : 1}
        value={text}
        aria-label={label}
        aria-describedby={hintId}
        placeholder={placeholder}
        autoFocus={autoFocus}
        readOnly={sending}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            void submit()
          } else if (event.key === 'Escape') {
            event.preventDefault()
            event.currentTarget.blur()
            onCancel?.()
          }
        }}
      />
      <div className="composer-row">
        <span id={hintId} className="composer-hint">
          {SEND_KEYS} to send
        </span>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary" disabled={empty || sending}>
          {action}
        </button>
      </div>
    </form>
  )
}
