import { spansAt } from '@core/spans/overlaps'
import type { Span } from '@core/spans/span'

import { offsetsToRange } from './offsets-to-range'
import { caretOffsetAtPoint } from './selection-to-offsets'

const contains = (rect: DOMRect, x: number, y: number): boolean =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom

/**
 * The character under a point, found from the caret position there. The caret sits between
 * two characters, so the one whose box holds the point wins; `null` off the text (past a
 * line's end, in the margin).
 */
export function characterAtPoint(root: Element, x: number, y: number): number | null {
  const caret = caretOffsetAtPoint(root, x, y)
  if (caret === null) return null
  for (const candidate of [caret, caret - 1]) {
    if (candidate < 0) continue
    const range = offsetsToRange(root, candidate, candidate + 1)
    if (range && [...range.getClientRects()].some((rect) => contains(rect, x, y))) {
      return candidate
    }
  }
  return null
}

/**
 * Which span a click selects: the innermost span at the character, or — clicking the same
 * character again while one of its spans is selected — the next enclosing one, round and
 * round. `null` when no span covers the character.
 */
export function spanForClick(
  spans: readonly Span[],
  offset: number,
  selectedSpanId: string | null,
  sameCharacterAsLastClick: boolean,
): Span | null {
  const innermostFirst = spansAt(spans, offset).reverse()
  const current = innermostFirst.findIndex((span) => span.id === selectedSpanId)
  if (sameCharacterAsLastClick && current >= 0) {
    return innermostFirst[(current + 1) % innermostFirst.length] ?? null
  }
  return innermostFirst[0] ?? null
}
