import { describe, expect, it } from 'vitest'

import { agreementTokens } from '../../../../src-main/core/agreement/agreement-tokens'

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
})
