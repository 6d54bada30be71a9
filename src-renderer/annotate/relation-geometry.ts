import { offsetsToRange } from './offsets-to-range'

/** Where a span's first line sits, in the coordinates of the text sizer (what scrolls). */
export interface EndBox {
  readonly x: number
  readonly top: number
  readonly bottom: number
  readonly left: number
  readonly width: number
  /** Whether any of it is inside the scrolled view now. */
  readonly visible: boolean
}

/**
 * The first (or last) line box of `[start, end)` if its block is mounted, else `null`
 * (virtualised away). An arc to a span earlier in the text meets its last line, nearest.
 */
export function endBox(
  root: HTMLElement,
  start: number,
  end: number,
  line: 'first' | 'last' = 'first',
): EndBox | null {
  const sizer = root.firstElementChild
  const rects = offsetsToRange(root, start, end)?.getClientRects()
  const first = rects?.[line === 'first' ? 0 : rects.length - 1]
  if (!sizer || !first) return null
  const origin = sizer.getBoundingClientRect()
  const view = root.getBoundingClientRect()
  return {
    x: first.left - origin.left + first.width / 2,
    top: first.top - origin.top,
    bottom: first.bottom - origin.top,
    left: first.left - origin.left,
    width: first.width,
    visible: first.bottom > view.top && first.top < view.bottom,
  }
}

/**
 * An arc over the text from one end's top to the other's (brat draws its arcs above the
 * spans they join): higher the further apart the ends are, so nearby arcs do not cross.
 * Returns the SVG path and where its label goes.
 */
export function arcPath(from: EndBox, to: EndBox): { d: string; labelX: number; labelY: number } {
  const lift = 14 + Math.min(26, Math.abs(to.x - from.x) / 12)
  const crest = Math.min(from.top, to.top) - lift
  return {
    d: `M ${from.x} ${from.top} C ${from.x} ${crest}, ${to.x} ${crest}, ${to.x} ${to.top}`,
    labelX: (from.x + to.x) / 2,
    labelY: crest + lift * 0.25,
  }
}
