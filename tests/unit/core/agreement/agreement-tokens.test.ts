import { describe, expect, it } from 'vitest'

import {
  AGREEMENT_TOKEN,
  agreementTokens,
} from '../../../../src-main/core/agreement/agreement-tokens'

const words = (text: string) => {
  const tokens = agreementTokens(text)
  return tokens.starts.map((start, k) => text.slice(start, tokens.ends[k]))
}

describe('agreement tokens', () => {
  it('are runs of letters and digits, and every other non-space character alone', () => {
    expect(words('Rose 8%, to 76,000 (UK’s).')).toEqual([
      'Rose',
      '8',
      '%',
      ',',
      'to',
      '76',
      ',',
      '000',
      '(',
      'UK',
      '’',
      's',
      ')',
      '.',
    ])
  })

  it('keep UTF-16 offsets, end exclusive', () => {
    const tokens = agreementTokens(' ab  c')
    expect([tokens.count, tokens.starts, tokens.ends]).toEqual([2, [1, 5], [3, 6]])
  })

  it('keep a combining mark in the run of its letter', () => {
    expect(words('Cafe\u0301 Hà Nội')).toEqual(['Cafe\u0301', 'Hà', 'Nội'])
  })

  it('make an astral emoji one token of two UTF-16 units', () => {
    const tokens = agreementTokens('ship 🚢!')
    expect(words('ship 🚢!')).toEqual(['ship', '🚢', '!'])
    expect([tokens.starts[1], tokens.ends[1]]).toEqual([5, 7])
  })

  it('count code points, not graphemes: a flag is two regional indicators', () => {
    expect(words('🇬🇧')).toEqual(['🇬', '🇧'])
  })

  it('are none for an empty or all-space text', () => {
    expect(agreementTokens(' \n\t ').count).toBe(0)
  })

  it('are exactly the matches of the regex that defines them, on mixed text', () => {
    // Letters, marks, digits, spaces of several kinds, punctuation, astral characters, a lone
    // surrogate: every kind of code point the scanner treats differently.
    const pieces = [
      'a',
      'Z',
      'é',
      'e\u0301',
      '7',
      '٣',
      ' ',
      '\n',
      '\u00a0',
      '\u2003',
      ',',
      '’',
      '%',
      '🚢',
      '𝐂',
      '🇬',
      '\u200d',
      '\ufe0f',
      '\ud800',
      '中',
      'ß',
      '-',
      '\t',
    ]
    let state = 11
    const next = () => (state = (state * 48271) % 2147483647)
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 40 }, () => pieces[next() % pieces.length]).join('')
      const tokens = agreementTokens(text)
      const expected = [...text.matchAll(AGREEMENT_TOKEN)].map((m) => [
        m.index,
        m.index + m[0].length,
      ])
      expect(tokens.starts.map((start, k) => [start, tokens.ends[k]])).toEqual(expected)
    }
  })
})
