import type { Label } from '@core/labels/label'
import { useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react'

import { offsetsToRange } from './offsets-to-range'

interface LabelPaletteProps {
  readonly root: RefObject<HTMLElement | null>
  /** The stretch that will be labelled (already snapped), to sit next to. */
  readonly range: { readonly start: number; readonly end: number }
  readonly labels: readonly Label[]
  readonly onPick: (labelId: string) => void
  /** Bumped when the text reflows, so the palette follows the selection. */
  readonly layoutVersion: number
}

interface Place {
  readonly top: number
  readonly left: number
}

/** The small floating set of label buttons under a fresh selection. */
export function LabelPalette({ root, range, labels, onPick, layoutVersion }: LabelPaletteProps) {
  const ref = useRef<HTMLDivElement>(null)
  const [place, setPlace] = useState<Place | null>(null)

  useLayoutEffect(() => {
    const view = root.current
    const sizer = ref.current?.offsetParent
    const domRange = view && offsetsToRange(view, range.start, range.end)
    const last = domRange ? [...domRange.getClientRects()].at(-1) : undefined
    if (!sizer || !last || !ref.current) {
      setPlace(null)
      return
    }
    const frame = sizer.getBoundingClientRect()
    const width = ref.current.offsetWidth
    // Under the selection's last line, starting where that line of the selection starts.
    const left = Math.max(8, Math.min(last.left - frame.left, frame.width - width - 8))
    setPlace({ top: last.bottom - frame.top + 8, left })
  }, [root, range.start, range.end, layoutVersion])

  return (
    <div
      ref={ref}
      className="palette"
      role="toolbar"
      aria-label="Label the selection"
      style={
        (place
          ? { top: place.top, left: place.left }
          : { top: 0, left: 0, visibility: 'hidden' }) as CSSProperties
      }
      onMouseDown={(event) => {
        // Keep the text selection: the click is on the palette, not a new selection.
        event.preventDefault()
        event.stopPropagation()
      }}
    >
      {labels.length === 0 && (
        <span className="palette-empty">No labels: add some in Settings</span>
      )}
      {labels.map((label) => (
        <button
          key={label.id}
          type="button"
          title={label.description}
          onClick={() => onPick(label.id)}
          style={{ '--c': label.color } as CSSProperties}
        >
          <span className="chip" aria-hidden="true" />
          {label.name}
          {label.hotkey && <kbd aria-hidden="true">{label.hotkey}</kbd>}
        </button>
      ))}
    </div>
  )
}
