import { charAt } from './code-points'
import { isWhitespace, isWordChar } from './word-chars'

/**
 * How much of a selection lies in `[start, end)`, for choosing between its parts: a part
 * holding a word always outweighs one of only punctuation; then more characters (code
 * points, spaces not counted) outweigh fewer.
 */
export function selectionWeight(text: string, start: number, end: number): number {
  let characters = 0
  for (let at = start; at < end;) {
    const ch = charAt(text, at)
    if (!isWhitespace(ch)) characters++
    at += ch.length
  }
  // No selection holds anywhere near this many characters, so a word weighs more than any.
  return holdsWord(text, start, end) ? characters + WORD_WEIGHT : characters
}

/** Whether `[start, end)` holds a word character (`isWordChar`). */
export function holdsWord(text: string, start: number, end: number): boolean {
  for (let at = start; at < end;) {
    const ch = charAt(text, at)
    if (isWordChar(ch)) return true
    at += ch.length
  }
  return false
}

const WORD_WEIGHT = 2 ** 40
