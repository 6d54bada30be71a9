/** A rectangle relative to its block row, in CSS pixels. */
export interface Box {
  readonly left: number
  readonly top: number
  readonly width: number
  readonly height: number
}

interface RectLike {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
  readonly width: number
}

/**
 * The client rects of a text range as one box per line, relative to `origin`. Browsers
 * return empty rects at line ends and several rects per line around bidi or font runs;
 * painting those would leave slivers and seams.
 */
export function lineBoxes(rects: Iterable<RectLike>, origin: { left: number; top: number }): Box[] {
  const lines: { left: number; top: number; right: number; bottom: number }[] = []
  for (const rect of rects) {
    if (rect.width < 0.5) continue
    const line = lines.find(
      (candidate) =>
        Math.abs(candidate.top - rect.top) < 2 &&
        rect.left <= candidate.right + 1 &&
        rect.right >= candidate.left - 1,
    )
    if (line) {
      line.left = Math.min(line.left, rect.left)
      line.right = Math.max(line.right, rect.right)
      line.top = Math.min(line.top, rect.top)
      line.bottom = Math.max(line.bottom, rect.bottom)
    } else {
      lines.push({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom })
    }
  }
  return lines.map((line) => ({
    left: line.left - origin.left,
    top: line.top - origin.top,
    width: line.right - line.left,
    height: line.bottom - line.top,
  }))
}
