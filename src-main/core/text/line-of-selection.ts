import type { TextRange } from './snap-to-words'
import { selectionWeight } from './selection-weight'

/**
 * The part of `[start, end)` on one line: a drag over a paragraph end keeps the line that
 * holds most of it (`selectionWeight`: a line with a word first, then the most characters,
 * spaces not counted), the earlier one on a tie. A selection of nothing but spaces and line
 * breaks is returned as it came.
 */
export function lineOfSelection(text: string, start: number, end: number): TextRange {
  let best: TextRange = { start, end }
  let bestWeight = 0
  for (let from = start; from <= end;) {
    const lineBreak = text.indexOf('\n', from)
    const to = lineBreak === -1 || lineBreak > end ? end : lineBreak
    const weight = selectionWeight(text, from, to)
    if (weight > bestWeight) {
      best = { start: from, end: to }
      bestWeight = weight
    }
    from = to + 1
  }
  return best
}
