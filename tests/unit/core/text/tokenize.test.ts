import { describe, expect, it } from 'vitest'

import { tokenize } from '../../../../src-main/core/text/tokenize'

const words = (text: string): string[] =>
  tokenize(text).map((token) => text.slice(token.start, token.end))

describe('tokenize', () => {
  it('splits on whitespace and never puts whitespace in a token', () => {
    expect(words(' Hà  Nội\n\tngày\u00a0mai ')).toEqual(['Hà', 'Nội', 'ngày', 'mai'])
  })

  it('gives UTF-16 offsets whose slices are the tokens', () => {
    expect(tokenize('ab 👍🏽 c')).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 7 },
      { start: 8, end: 9 },
    ])
  })

  it('keeps Vietnamese words whole, precomposed or decomposed', () => {
    expect(words('Thủ tướng Ha\u0300 No\u0323\u0302i')).toEqual([
      'Thủ',
      'tướng',
      'Ha\u0300',
      'No\u0323\u0302i',
    ])
  })

  it('keeps numbers with thousands separators, decimals and percentages whole', () => {
    expect(words('76,000 người, 3.5% và 2‰.')).toEqual([
      '76,000',
      'người',
      ',',
      '3.5%',
      'và',
      '2‰',
      '.',
    ])
  })

  it('keeps times, fractions, hyphenated words and apostrophes inside words', () => {
    expect(words("10:30 24/7 intelligence-sharing UK’s don't")).toEqual([
      '10:30',
      '24/7',
      'intelligence-sharing',
      'UK’s',
      "don't",
    ])
  })

  it('splits a comma or colon between letters, and a hyphen at a word edge', () => {
    expect(words('a,b note: well- -so')).toEqual([
      'a',
      ',',
      'b',
      'note',
      ':',
      'well',
      '-',
      '-',
      'so',
    ])
  })

  it('keeps the full stop of initialisms and listed abbreviations, not of other words', () => {
    expect(words('Mr. Lee, U.S. e.g. TP. Huế end.')).toEqual([
      'Mr.',
      'Lee',
      ',',
      'U.S.',
      'e.g.',
      'TP.',
      'Huế',
      'end',
      '.',
    ])
  })

  it('makes every punctuation mark and symbol a token of its own', () => {
    expect(words('“Yes!” (£5)…')).toEqual(['“', 'Yes', '!', '”', '(', '£', '5', ')', '…'])
  })

  it('makes an emoji one token: skin tones, ZWJ families, flags, keycaps', () => {
    expect(words('👍🏽 👨‍👩‍👧‍👦 🇬🇧🇻🇳 1️⃣ ❤️')).toEqual(['👍🏽', '👨‍👩‍👧‍👦', '🇬🇧', '🇻🇳', '1️⃣', '❤️'])
  })

  it('splits an emoji from the word it touches', () => {
    expect(words('great👍🏽done')).toEqual(['great', '👍🏽', 'done'])
  })

  it('keeps mathematical letters (astral) as a word', () => {
    expect(words('𝐂𝐋𝐄𝐀𝐍 energy')).toEqual(['𝐂𝐋𝐄𝐀𝐍', 'energy'])
  })

  it('makes each character of scripts without spaces a token', () => {
    expect(words('横浜港 ok')).toEqual(['横', '浜', '港', 'ok'])
  })

  it('gives no tokens for empty or blank text', () => {
    expect(tokenize('')).toEqual([])
    expect(tokenize(' \n\u200b ')).toEqual([])
  })
})
