/** The tokens of a text as UTF-16 ranges (end exclusive), in text order. */
export interface TokenTable {
  readonly count: number
  readonly starts: readonly number[]
  readonly ends: readonly number[]
}

/**
 * The definition, over code points (the `u` flag): a run of letters, marks and digits, or any
 * one other character that is not white space. `agreementTokens` scans for exactly this
 * (tests hold the two together); the regex itself allocates a match per token, which a
 * thousand articles feel.
 */
export const AGREEMENT_TOKEN = /[\p{L}\p{M}\p{N}]+|\S/gu

const SPACE = 0
const WORD = 1
const OTHER = 2
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u
const SPACE_CHAR = /^\s$/u

const classify = (codePoint: number): number => {
  const char = String.fromCodePoint(codePoint)
  if (WORD_CHAR.test(char)) return WORD
  return SPACE_CHAR.test(char) ? SPACE : OTHER
}
const ASCII = Uint8Array.from({ length: 128 }, (_, code) => classify(code))
const seen = new Map<number, number>()
const kindOf = (codePoint: number): number => {
  if (codePoint < 128) return ASCII[codePoint] as number
  let kind = seen.get(codePoint)
  if (kind === undefined) seen.set(codePoint, (kind = classify(codePoint)))
  return kind
}

/**
 * The agreement units of a text: maximal runs of letters, marks and digits, and every other
 * non-space code point on its own ("76,000" is "76", ",", "000"; an astral emoji is one
 * token; "🇬🇧" is two, one per regional indicator).
 */
export function agreementTokens(text: string): TokenTable {
  const starts: number[] = []
  const ends: number[] = []
  let inWord = false
  for (let i = 0; i < text.length;) {
    let codePoint = text.charCodeAt(i)
    let width = 1
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = ((codePoint - 0xd800) << 10) + (low - 0xdc00) + 0x10000
        width = 2
      }
    }
    const kind = kindOf(codePoint)
    if (kind === WORD) {
      if (!inWord) starts.push(i)
      inWord = true
    } else {
      if (inWord) ends.push(i)
      inWord = false
      if (kind === OTHER) {
        starts.push(i)
        ends.push(i + width)
      }
    }
    i += width
  }
  if (inWord) ends.push(text.length)
  return { count: starts.length, starts, ends }
}
