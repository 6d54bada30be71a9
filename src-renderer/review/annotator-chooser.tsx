import { useCallback, useRef, useState, type CSSProperties } from 'react'

import { useDismiss } from '../components/use-dismiss'

import { useAppState, useCommands } from '../state/use-store'
import type { AnnotatorBadge } from './annotator-badges'

interface AnnotatorChooserProps {
  readonly badges: ReadonlyMap<string, AnnotatorBadge>
}

/** Which annotators are compared: a checkbox each; at least one stays chosen. */
export function AnnotatorChooser({ badges }: AnnotatorChooserProps) {
  const available = useAppState((state) => state.review.available)
  const chosen = useAppState((state) => state.review.annotators)
  const { review } = useCommands()
  const [open, setOpen] = useState(false)
  const ref = useRef<HTMLDivElement>(null)

  const close = useCallback(() => setOpen(false), [])
  useDismiss(ref, open, close)

  const toggle = (name: string) => {
    const next = chosen.includes(name)
      ? chosen.filter((other) => other !== name)
      : available.filter((other) => other === name || chosen.includes(other))
    if (next.length > 0) void review.chooseAnnotators(next)
  }

  return (
    <div className="menu annotator-chooser" ref={ref}>
      <button
        type="button"
        className="chooser-button"
        aria-haspopup="true"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span className="badge-row" aria-hidden="true">
          {chosen.map((name) => (
            <span
              key={name}
              className="annotator-badge"
              style={{ '--a': badges.get(name)?.color } as CSSProperties}
            >
              {badges.get(name)?.initials}
            </span>
          ))}
        </span>
        Comparing {chosen.length} of {available.length}
      </button>
      {open && (
        <fieldset className="menu-list chooser-list">
          <legend className="visually-hidden">Annotators to compare</legend>
          {available.map((name) => (
            <label key={name} className="chooser-item">
              <input
                type="checkbox"
                checked={chosen.includes(name)}
                disabled={chosen.length === 1 && chosen.includes(name)}
                onChange={() => toggle(name)}
              />
              {name}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  )
}
