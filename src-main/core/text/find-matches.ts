import { charAt, previousStart } from './code-points'
import { snapToWords, type TextRange } from './snap-to-words'
import { isExtender, isUnspaced, isWordChar } from './word-chars'

export interface FindOptions {
  /** Off: "visa" finds "Visa" and "VISA" (Unicode simple case folding, so "σ" finds "ς"). */
  readonly caseSensitive: boolean
  /** On: only matches whose edges are word edges by the rules selections snap to. */
  readonly wholeWord: boolean
}

// Only the characters RegExp syntax gives a meaning; with the `u` flag escaping any other
// character (even "-") is a syntax error.
const SYNTAX = /[\\^$.*+?()[\]{}|/]/g

/**
 * Every match of `query` in `text`, as UTF-16 ranges in text order.
 *
 * - Matches do not overlap: the search goes on after the end of each match, as a find bar
 *   does ("aa" in "aaaa" matches twice, at 0 and 2), so tagging them all never stacks two
 *   spans of one label over the same characters.
 * - The query is NFC-normalised like every document text, so a decomposed "hộ" typed or
 *   pasted finds the composed one. Diacritics count: "ho" does not find "hộ".
 * - A match never cuts a character in two: not a surrogate pair (the `u` flag), and not a
 *   combining sequence or an emoji sequence — a match followed by a combining mark, a skin
 *   tone or a zero-width joiner is not one ("👍" does not find the start of "👍🏽").
 * - Whole word: an edge of the match that is a word character must not be able to grow into
 *   more word under the snapping rules (`snapToWords`), so "sharing" is not a whole word in
 *   "intelligence-sharing" and "76" is not one in "76,000"; an edge that is punctuation or
 *   space needs nothing.
 *
 * An empty query matches nothing.
 */
export function findMatches(text: string, query: string, options: FindOptions): TextRange[] {
  const needle = query.normalize('NFC')
  if (needle === '') return []
  const pattern = new RegExp(needle.replace(SYNTAX, '\\$&'), options.caseSensitive ? 'gu' : 'giu')
  const found: TextRange[] = []
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    if (isExtender(charAt(text, end))) {
      // Not a match here, but one may start inside it: look again from its next character.
      pattern.lastIndex = start + charAt(text, start).length
      continue
    }
    if (options.wholeWord && !isWholeWord(text, start, end)) {
      pattern.lastIndex = start + charAt(text, start).length
      continue
    }
    found.push({ start, end })
  }
  return found
}

// Snapping decides at an edge from a few characters around it (12 at most, for "U.S."), so
// the edges are snapped in a window this much wider than the match: a match inside a long
// run of letters then costs its own length, not the run's.
const CONTEXT = 16

// The snapping rule that settles most edges at once: a word character next to a word character
// (outside the unspaced scripts) is one word. Checked first so that a run of letters with a
// match at every character ("a" in "aaaa…") is not snapped once per character.
function growsThrough(text: string, before: number, at: number): boolean {
  if (before < 0 || at >= text.length) return false
  const left = charAt(text, before)
  const right = charAt(text, at)
  return isWordChar(left) && isWordChar(right) && !isUnspaced(left) && !isUnspaced(right)
}

function isWholeWord(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - CONTEXT)
  const window = text.slice(from, Math.min(text.length, end + CONTEXT))
  const first = start - from
  const last = end - from
  if (growsThrough(window, previousStart(window, first), first)) return false
  if (growsThrough(window, previousStart(window, last), last)) return false
  return (
    snapToWords(window, first, first + charAt(window, first).length).start === first &&
    snapToWords(window, previousStart(window, last), last).end === last
  )
}
