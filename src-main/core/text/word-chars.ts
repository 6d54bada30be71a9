// What counts as part of a word when a selection snaps. Letters, marks (so a decomposed
// "ệ" or a variation selector stays with its base), numbers, connector punctuation, and the
// pieces of emoji (pictographs, ZWJ, skin tones, flag letters, tag characters) so no emoji is
// ever cut in half.
const WORD =
  /[\p{L}\p{M}\p{N}\p{Pc}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\u{e0020}-\u{e007f}]/u
const DIGIT = /\p{Nd}/u
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u
const HYPHEN_OR_APOSTROPHE = /['\u2019\u02bc\-\u2010\u2011]/u
const WHITESPACE = /\s/u
const CURRENCY = /\p{Sc}/u
// Characters that continue a combining sequence or an emoji from the one before them.
const EXTENDER = /[\p{M}\p{Emoji_Modifier}\u200d\u{e0020}-\u{e007f}]/u

// Scripts written without spaces between words. Growing a selection through them would
// swallow a whole sentence, so each of their characters snaps on its own.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u

export const isUnspaced = (ch: string): boolean => UNSPACED.test(ch)
export const isWordChar = (ch: string): boolean => WORD.test(ch)
export const isDigit = (ch: string): boolean => DIGIT.test(ch)
export const isWhitespace = (ch: string): boolean => WHITESPACE.test(ch)
export const isCurrency = (ch: string): boolean => CURRENCY.test(ch)
export const isExtender = (ch: string): boolean => EXTENDER.test(ch)

/**
 * Whether `joiner` between `before` and `after` keeps them one word: "intelligence-sharing",
 * "UK’s", "U.S", "76,000", "3.5", "10:30", "24/7".
 */
export function joinsWord(before: string, joiner: string, after: string): boolean {
  if (!LETTER_OR_DIGIT.test(before) || !LETTER_OR_DIGIT.test(after)) return false
  if (HYPHEN_OR_APOSTROPHE.test(joiner) || joiner === '.') return true
  if (joiner === ',' || joiner === ':' || joiner === '/') return isDigit(before) && isDigit(after)
  return false
}

/** Whether `ch` right after a number belongs to it ("3.5%"). */
export const isNumberSuffix = (ch: string): boolean => ch === '%' || ch === '\u2030'
