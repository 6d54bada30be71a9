import { charAt, previousStart } from './code-points'
import { snapToWords, type TextRange } from './snap-to-words'
import { isWordChar } from './word-chars'

/**
 * Moves one edge of a range by a whole word, the way a reviewer adjusts a gold span's
 * boundaries from the keyboard: the start to the previous or next word's start, the end to
 * the previous or next word's end. The range never becomes empty or runs backwards; where
 * there is no word to move to, it is returned as it was.
 */
export function moveEdgeByWord(
  text: string,
  range: TextRange,
  edge: 'start' | 'end',
  direction: -1 | 1,
): TextRange {
  if (edge === 'end') {
    const end = direction === 1 ? nextWordEnd(text, range.end) : previousWordEnd(text, range.end)
    return end !== null && end > range.start ? { start: range.start, end } : range
  }
  const start =
    direction === 1 ? nextWordStart(text, range.start) : previousWordStart(text, range.start)
  return start !== null && start < range.end ? { start, end: range.end } : range
}

const skipForward = (text: string, at: number): number => {
  let pos = at
  while (pos < text.length && !isWordChar(charAt(text, pos))) pos += charAt(text, pos).length
  return pos
}

const skipBackward = (text: string, at: number): number => {
  let pos = at
  for (let before = previousStart(text, pos); before >= 0; before = previousStart(text, pos)) {
    if (isWordChar(charAt(text, before))) break
    pos = before
  }
  return pos
}

/** The end of the first word that ends after `at`. */
function nextWordEnd(text: string, at: number): number | null {
  const pos = skipForward(text, at)
  if (pos >= text.length) return null
  return snapToWords(text, pos, pos + charAt(text, pos).length).end
}

/** The end of the last word that ends before the word `at` closes. */
function previousWordEnd(text: string, at: number): number | null {
  const before = previousStart(text, at)
  if (before < 0) return null
  const wordStart = snapToWords(text, before, at).start
  const gap = skipBackward(text, wordStart)
  const last = previousStart(text, gap)
  if (last < 0) return null
  // Snapping the last character grows it to its whole word, "12%" and "U.S." included.
  const end = snapToWords(text, last, gap).end
  return end < at ? end : null
}

/** The start of the first word after the one starting at `at`. */
function nextWordStart(text: string, at: number): number | null {
  if (at >= text.length) return null
  const wordEnd = snapToWords(text, at, at + charAt(text, at).length).end
  const start = skipForward(text, wordEnd)
  return start < text.length && start > at ? start : null
}

/** The start of the last word that starts before `at`. */
function previousWordStart(text: string, at: number): number | null {
  const pos = skipBackward(text, at)
  const before = previousStart(text, pos)
  if (before < 0) return null
  return snapToWords(text, before, pos).start
}
