import { useCallback, useRef, useState } from 'react'

import { useDismiss } from './use-dismiss'

export interface MenuItem {
  readonly label: string
  readonly action: () => void
  readonly enabled?: boolean
}

/** A line between groups of items. */
export const SEPARATOR = 'separator'

/** A top-bar menu: a button that opens a list of commands, closed by a click outside or Esc. */
export function MenuButton({
  label,
  items,
}: {
  readonly label: string
  readonly items: readonly (MenuItem | typeof SEPARATOR)[]
}) {
  const [open, setOpen] = useState(false)
  const ref = useRef<HTMLDivElement>(null)
  const close = useCallback(() => setOpen(false), [])
  useDismiss(ref, open, close)
  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        className="menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && (
        <div role="menu" aria-label={label} className="menu-list">
          {items.map((item, index) =>
            item === SEPARATOR ? (
              <hr key={index} />
            ) : (
              <button
                key={item.label}
                type="button"
                role="menuitem"
                disabled={item.enabled === false}
                onClick={() => {
                  setOpen(false)
                  item.action()
                }}
              >
                {item.label}
              </button>
            ),
          )}
        </div>
      )}
    </div>
  )
}
