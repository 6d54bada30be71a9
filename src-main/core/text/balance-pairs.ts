import { charAt, previousStart } from './code-points'
import { matchPairMarks } from './pair-marks'
import { holdsWord, selectionWeight } from './selection-weight'
import { snapToWords, type TextRange } from './snap-to-words'
import { isWhitespace, isWordChar } from './word-chars'

/**
 * Keeps the brackets and quotation marks of a snapped selection (`snapToWords`' result)
 * balanced, so "(VNA) said" never comes out as "VNA) said":
 * - a mark inside the selection whose partner sits just outside it, in the punctuation
 *   touching the first or last word ("(" before "VNA", "." and "”" after "act"), brings the
 *   partner in;
 * - a mark inside whose partner is further away (or missing) cannot be dropped on its own,
 *   so the selection is cut there and keeps the side holding more of it (the start side on a
 *   tie): "News Agency) said" becomes "News Agency".
 * Pairs wholly at the edges were already dropped by snapping ("“increase cooperation”" snaps
 * to the words inside), and a lone single quote is an apostrophe, never a reason to cut.
 */
export function balancePairs(text: string, snapped: TextRange): TextRange {
  // Only punctuation selected: nothing to balance around.
  if (!holdsWord(text, snapped.start, snapped.end)) return snapped
  let words = snapped
  for (;;) {
    const outcome = balanceOnce(text, words)
    if ('balanced' in outcome) return outcome.balanced
    words = heavierSide(text, words, outcome.cutAt)
  }
}

type Outcome = { readonly balanced: TextRange } | { readonly cutAt: number }

function balanceOnce(text: string, words: TextRange): Outcome {
  const from = punctuationBefore(text, words.start)
  const to = punctuationAfter(text, words.end)
  const { partner, lone } = matchPairMarks(text, from, to)
  let start = words.start
  let end = words.end
  let reaching = -1
  for (let at = words.start; at < words.end; at++) {
    if (lone.has(at)) return { cutAt: at }
    const other = partner.get(at)
    if (other === undefined || (other >= words.start && other < words.end)) continue
    if (reaching === -1) reaching = at
    start = Math.min(start, other)
    end = Math.max(end, other + 1)
  }
  // What the partners bring in must not carry a mark of its own left open ("“(" before a word
  // closed by ")" only): then the selection is cut at the first mark that reached out.
  const strayIn = (a: number, b: number): boolean => {
    for (let at = a; at < b; at++) {
      const other = partner.get(at)
      if (lone.has(at) || (other !== undefined && (other < start || other >= end))) return true
    }
    return false
  }
  if (strayIn(start, words.start) || strayIn(words.end, end)) return { cutAt: reaching }
  return { balanced: { start, end } }
}

/** The start of the punctuation glued to the word starting at `start`. */
function punctuationBefore(text: string, start: number): number {
  let at = start
  for (let p = previousStart(text, at); p >= 0; p = previousStart(text, at)) {
    const ch = charAt(text, p)
    if (isWhitespace(ch) || isWordChar(ch)) break
    at = p
  }
  return at
}

/** The end of the punctuation glued to the word ending at `end`. */
function punctuationAfter(text: string, end: number): number {
  let at = end
  while (at < text.length) {
    const ch = charAt(text, at)
    if (isWhitespace(ch) || isWordChar(ch)) break
    at += ch.length
  }
  return at
}

/** The words on the heavier side of the mark at `cut` (the start side on a tie). */
function heavierSide(text: string, words: TextRange, cut: number): TextRange {
  // Kept to their side of the mark, so every cut shrinks the selection and balancing ends.
  const side = (from: number, to: number): TextRange => {
    const range = snapToWords(text, from, to)
    return { start: Math.max(from, range.start), end: Math.min(to, range.end) }
  }
  const before = side(words.start, cut)
  const after = side(cut + 1, words.end)
  const weight = (range: TextRange): number => selectionWeight(text, range.start, range.end)
  return weight(after) > weight(before) ? after : before
}
