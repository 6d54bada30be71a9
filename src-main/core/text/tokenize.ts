import { charAt, previousStart } from './code-points'
import { isDigit, isNumberSuffix, isUnspaced, joinsWord } from './word-chars'

/** A token: a range of UTF-16 offsets into the text, end exclusive; its text is the slice. */
export interface Token {
  readonly start: number
  readonly end: number
}

const SEPARATOR = /[\s\u200b\u2060\ufeff]/u
const WORD = /[\p{L}\p{M}\p{N}\p{Pc}]/u
const REGIONAL = /\p{Regional_Indicator}/u
const PICTOGRAPH = /\p{Extended_Pictographic}/u
// Marks (accents, variation selectors, the keycap), skin tones and tag characters stay with
// the character before them; a ZWJ also takes the pictograph after it.
const EXTENDS = /[\p{M}\p{Emoji_Modifier}\u{e0020}-\u{e007f}]/u
const ZWJ = '\u200d'
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u

// ASCII fast paths (most news text): no ASCII character is a mark, a modifier, a ZWJ, a
// regional indicator or from a script written without spaces, so the regexes above can be
// skipped for it. Same answers, without building a string per character.
const isAsciiSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13)
const ASCII_JOINERS = "'-.,:/%"
const isAsciiWord = (code: number): boolean =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 95

/**
 * Words whose full stop belongs to them (and so never ends a sentence). Kept small on
 * purpose: a longer list swallows more real sentence ends than it saves.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Capt', 'Lt', 'Sgt'],
  ...['St', 'Jr', 'Sr', 'Mt', 'No', 'vs', 'Inc', 'Ltd', 'Co', 'Corp'],
  ...['Jan', 'Feb', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  // Vietnamese: thành phố, tiến sĩ, thạc sĩ, giáo sư, phó giáo sư.
  ...['TP', 'TS', 'ThS', 'GS', 'PGS'],
])

/**
 * Splits a text into tokens, the tokenizer of the CoNLL and spaCy exports. The rules:
 * - Whitespace (and zero-width spaces) separates tokens and is never part of one.
 * - A character keeps everything that extends it: combining accents (decomposed Vietnamese
 *   stays whole), variation selectors, skin tones, tag characters, and ZWJ sequences; two
 *   regional indicators make one flag.
 * - A word is a run of letters, marks, digits and `_`. It continues across a hyphen or an
 *   apostrophe between letters or digits ("intelligence-sharing", "UK’s"), across `.`
 *   between letters or digits ("U.S", "3.5"), and across `,` `:` `/` between digits
 *   ("76,000", "10:30", "24/7"). A `%` or `‰` right after a number belongs to it ("3.5%").
 *   The final full stop belongs to an initialism ("U.S.", "e.g.") and to the abbreviations
 *   in `ABBREVIATIONS` ("Mr.", "Dr.", "TP.").
 * - In scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) every
 *   character is a token: there is no dictionary to find words with.
 * - An emoji (with its modifiers, ZWJ sequence or flag pair) is one token.
 * - Any other character (punctuation, symbols, currency signs) is a token on its own.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if (isAsciiSpace(code)) {
        i += 1
        continue
      }
      const end = isAsciiWord(code) ? wordEnd(text, i) : clusterEnd(text, i)
      tokens.push({ start: i, end })
      i = end
      continue
    }
    const ch = charAt(text, i)
    if (SEPARATOR.test(ch)) {
      i += ch.length
      continue
    }
    const end = WORD.test(ch) && !isUnspaced(ch) ? wordEnd(text, i) : clusterEnd(text, i)
    tokens.push({ start: i, end })
    i = end
  }
  return tokens
}

/** Where the character (with everything that extends it) starting at `index` ends. */
export function clusterEnd(text: string, index: number): number {
  let end: number
  if (text.charCodeAt(index) < 0x80) {
    end = index + 1
  } else {
    const first = charAt(text, index)
    end = index + first.length
    if (REGIONAL.test(first) && REGIONAL.test(charAt(text, end))) end += 2
  }
  for (;;) {
    // Past the end charCodeAt is NaN, which is not < 0x80: charAt then answers ''.
    if (text.charCodeAt(end) < 0x80) return end
    const next = charAt(text, end)
    if (next === '') return end
    if (EXTENDS.test(next)) {
      end += next.length
    } else if (next === ZWJ) {
      end += 1
      const joined = charAt(text, end)
      if (PICTOGRAPH.test(joined)) end += joined.length
    } else {
      return end
    }
  }
}

function wordEnd(text: string, start: number): number {
  let end = clusterEnd(text, start)
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (isAsciiWord(code)) {
      end = clusterEnd(text, end)
      continue
    }
    // Only a joiner, a number suffix or a full stop can carry a word on (or end it after them).
    if (code < 0x80 && !ASCII_JOINERS.includes(text.charAt(end))) return end
    const ch = charAt(text, end)
    if (WORD.test(ch) && !isUnspaced(ch)) {
      end = clusterEnd(text, end)
      continue
    }
    const before = charAt(text, previousStart(text, end))
    const after = charAt(text, end + ch.length)
    if (after !== '' && !isUnspaced(after) && joinsWord(before, ch, after)) {
      end += ch.length
      continue
    }
    if (isNumberSuffix(ch) && isDigit(before)) return end + ch.length
    if (ch === '.' && isAbbreviation(text.slice(start, end))) return end + 1
    return end
  }
  return end
}

function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || INITIALISM.test(word)
}
