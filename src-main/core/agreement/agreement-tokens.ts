/** The tokens of a text as UTF-16 ranges (end exclusive), in text order. */
export interface TokenTable {
  readonly count: number
  readonly starts: readonly number[]
  readonly ends: readonly number[]
}

// Over code points (the `u` flag): a run of letters, marks and digits, or any one other
// character that is not white space. An astral emoji is one code point, so one token.
const TOKEN = /[\p{L}\p{M}\p{N}]+|\S/gu

/**
 * The agreement units of a text: maximal runs of letters, marks and digits, and every other
 * non-space code point on its own ("76,000" is "76", ",", "000"; "🇬🇧" is two tokens, one per
 * regional indicator).
 */
export function agreementTokens(text: string): TokenTable {
  const starts: number[] = []
  const ends: number[] = []
  for (const match of text.matchAll(TOKEN)) {
    starts.push(match.index)
    ends.push(match.index + match[0].length)
  }
  return { count: starts.length, starts, ends }
}
