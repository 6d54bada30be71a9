import { charAt, previousStart } from './code-points'

const TERMINATOR = /^[.?!]$/u
const CAPITAL = /^[\p{Lu}\p{Lt}]/u
const LETTER = /^\p{L}/u
const MARK = /^\p{M}/u

/**
 * Whether the `.`, `?` or `!` at `index` ends a sentence glued to the next one, as scraped
 * articles have it ("relations.Apart"): a capital letter follows directly. A single letter
 * before a full stop reads as an initial or an abbreviation, so "U.S.A" and "J.K.Rowling"
 * stay one word (and so, unavoidably, does "Plan B.The"). Decimals ("3.5") and lower-case
 * hosts ("vietnamplus.vn") have no capital after the stop and stay whole too.
 */
export function endsGluedSentence(text: string, index: number): boolean {
  if (!TERMINATOR.test(text.charAt(index))) return false
  if (!CAPITAL.test(charAt(text, index + 1))) return false
  return text.charAt(index) !== '.' || !followsInitial(text, index)
}

/** Whether the word before the full stop at `index` is one letter (its marks included). */
function followsInitial(text: string, index: number): boolean {
  let at = previousStart(text, index)
  while (at >= 0 && MARK.test(charAt(text, at))) at = previousStart(text, at)
  if (at < 0 || !LETTER.test(charAt(text, at))) return false
  const before = previousStart(text, at)
  return before < 0 || !LETTER.test(charAt(text, before))
}
