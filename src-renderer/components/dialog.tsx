import { useEffect, useId, useRef, type ReactNode } from 'react'

import { ErrorList } from './error-list'
import { keepTabInside } from './focus-trap'
import { restoreFocus } from './restore-focus'

interface DialogProps {
  readonly title: string
  readonly onClose: () => void
  readonly children: ReactNode
  readonly footer?: ReactNode
  readonly wide?: boolean
  /** Names the body as a region the keyboard can focus and scroll: for bodies with no control. */
  readonly scrollLabel?: string
}

/**
 * A modal native <dialog> (focus trap, Escape to close, the page behind made inert). It
 * shows the error list itself, since the page's banner cannot be reached behind it.
 */
export function Dialog({ title, onClose, children, footer, wide, scrollLabel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    const opener = document.activeElement
    if (dialog && !dialog.open) dialog.showModal()
    return () => {
      dialog?.close()
      restoreFocus(opener)
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onKeyDown={keepTabInside}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <ErrorList />
      {scrollLabel === undefined ? (
        <div className="dialog-body">{children}</div>
      ) : (
        // Arrow keys and Page Down scroll a focused region; with no control inside, Tab would
        // never reach the part below the fold (axe: scrollable-region-focusable).
        <div className="dialog-body" role="region" aria-label={scrollLabel} tabIndex={0}>
          {children}
        </div>
      )}
      {footer && <footer className="dialog-footer">{footer}</footer>}
    </dialog>
  )
}
