import { charAt, previousStart } from './code-points'
import { endsGluedSentence } from './glued-sentence-end'
import { isSurrogateSplit } from './offsets'
import {
  isCurrency,
  isDigit,
  isExtender,
  isNumberSuffix,
  isUnspaced,
  isWhitespace,
  isWordChar,
  joinsWord,
} from './word-chars'

/** A range of UTF-16 offsets, end exclusive. */
export interface TextRange {
  readonly start: number
  readonly end: number
}

/**
 * Snaps a selection to whole words, the way analysts expect a highlight to land:
 * - whitespace and punctuation at either edge are dropped, so a drag that ends in a space or
 *   on a full stop does not include it;
 * - the first and last words are then grown outward to whole words, keeping "76,000",
 *   "3.5%", "£5", "10:30", "intelligence-sharing", "UK’s" and "U.S." whole and never cutting a surrogate pair,
 *   a combining sequence or an emoji;
 * - a sentence end glued to the next sentence ("relations.Apart") is a word boundary, so a
 *   word grows up to the full stop and not over it (`endsGluedSentence`);
 * - in scripts written without spaces (Chinese, Japanese, Thai ...) words cannot be told
 *   apart without a dictionary, so there the selection only grows to whole characters.
 *
 * A selection with no word character in it (only punctuation or spaces) is returned with
 * surrounding whitespace trimmed; if nothing but whitespace is selected, it is returned as
 * it came. Offsets outside the text are clamped and a backwards selection is turned around,
 * so the result never runs backwards and never comes back empty when a word was touched.
 */
export function snapToWords(text: string, start: number, end: number): TextRange {
  const clamp = (offset: number): number => Math.min(text.length, Math.max(0, Math.trunc(offset)))
  let from = clamp(Math.min(start, end))
  let to = clamp(Math.max(start, end))
  if (isSurrogateSplit(text, from)) from--
  if (isSurrogateSplit(text, to)) to++

  const first = firstWordChar(text, from, to)
  if (first === -1) return trimWhitespace(text, from, to)
  const last = lastWordCharEnd(text, from, to)
  return { start: growLeft(text, first), end: growRight(text, last) }
}

function firstWordChar(text: string, from: number, to: number): number {
  for (let i = from; i < to;) {
    const ch = charAt(text, i)
    if (isWordChar(ch)) return i
    i += ch.length
  }
  return -1
}

function lastWordCharEnd(text: string, from: number, to: number): number {
  for (let i = to; i > from;) {
    const p = previousStart(text, i)
    if (isWordChar(charAt(text, p))) return i
    i = p
  }
  return -1
}

function growLeft(text: string, index: number): number {
  let start = index
  for (;;) {
    const p = previousStart(text, start)
    if (p < 0) break
    const ch = charAt(text, p)
    const next = charAt(text, start)
    if (isExtender(next)) {
      start = p
      continue
    }
    if (isUnspaced(ch) || isUnspaced(next)) break
    if (isWordChar(ch)) {
      start = p
      continue
    }
    const q = previousStart(text, p)
    if (q >= 0 && !endsGluedSentence(text, p) && joinsWord(charAt(text, q), ch, next)) {
      start = q
      continue
    }
    if (isCurrency(ch) && isDigit(next)) start = p
    break
  }
  return start
}

function growRight(text: string, index: number): number {
  let end = index
  while (end < text.length) {
    const ch = charAt(text, end)
    const before = charAt(text, previousStart(text, end))
    if (isExtender(ch)) {
      end += ch.length
      continue
    }
    if (isUnspaced(ch) || isUnspaced(before)) break
    if (isWordChar(ch)) {
      end += ch.length
      continue
    }
    const after = charAt(text, end + ch.length)
    if (after !== '' && !endsGluedSentence(text, end) && joinsWord(before, ch, after)) {
      end += ch.length
      continue
    }
    if ((isNumberSuffix(ch) && isDigit(before)) || closesAbbreviation(text, end)) end += ch.length
    break
  }
  return end
}

// "U.S." and "e.g." keep their final full stop: single letters separated by full stops.
const ABBREVIATION_END = /(?:^|[^\p{L}\p{M}])(?:\p{L}\.)+\p{L}$/u

function closesAbbreviation(text: string, index: number): boolean {
  return text[index] === '.' && ABBREVIATION_END.test(text.slice(Math.max(0, index - 12), index))
}

function trimWhitespace(text: string, from: number, to: number): TextRange {
  let start = from
  let end = to
  while (start < end && isWhitespace(charAt(text, start))) start++
  while (end > start && isWhitespace(text.charAt(end - 1))) end--
  return start === end ? { start: from, end: to } : { start, end }
}
