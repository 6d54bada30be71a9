import { describe, expect, it } from 'vitest'

import { findMatches, type FindOptions } from '../../../../src-main/core/text/find-matches'

const ANY: FindOptions = { caseSensitive: false, wholeWord: false }
const CASE: FindOptions = { caseSensitive: true, wholeWord: false }
const WORDS: FindOptions = { caseSensitive: false, wholeWord: true }

describe('findMatches', () => {
  it('finds every match in text order, ignoring case by default', () => {
    expect(findMatches('Visa visa VISA', 'visa', ANY)).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 },
      { start: 10, end: 14 },
    ])
  })

  it('with case sensitivity finds only the same case', () => {
    expect(findMatches('Visa visa VISA', 'visa', CASE)).toEqual([{ start: 5, end: 9 }])
  })

  it('ignores the case of Vietnamese letters with diacritics', () => {
    expect(findMatches('Hà Nội và HÀ NỘI', 'hà nội', ANY)).toEqual([
      { start: 0, end: 6 },
      { start: 10, end: 16 },
    ])
  })

  it('folds case the Unicode way, so a capital sigma finds a final one', () => {
    expect(findMatches('ΟΔΟΣ οδος', 'οδοσ', ANY)).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 },
    ])
  })

  it('does not overlap matches: "aa" in "aaaa" is found at 0 and 2', () => {
    expect(findMatches('aaaa', 'aa', ANY)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ])
  })

  it('finds nothing for an empty query', () => {
    expect(findMatches('anything', '', ANY)).toEqual([])
  })

  it('takes the query literally, never as a pattern', () => {
    const text = 'a.b axb (VNA) a*b'
    expect(findMatches(text, 'a.b', ANY)).toEqual([{ start: 0, end: 3 }])
    expect(findMatches(text, '(VNA)', ANY)).toEqual([{ start: 8, end: 13 }])
    expect(findMatches(text, 'a*b', ANY)).toEqual([{ start: 14, end: 17 }])
  })

  it('finds the composed text with a decomposed query (both are NFC)', () => {
    expect(findMatches('12.500 hộ dân', 'ho\u0323\u0302', ANY)).toEqual([{ start: 7, end: 9 }])
  })

  it('counts diacritics: "ho" does not find "hộ"', () => {
    expect(findMatches('hộ dân, ho', 'ho', ANY)).toEqual([{ start: 8, end: 10 }])
  })

  it('gives UTF-16 offsets after and of emoji', () => {
    expect(findMatches('🙂 visa 🙂visa', 'visa', ANY)).toEqual([
      { start: 3, end: 7 },
      { start: 10, end: 14 },
    ])
    expect(findMatches('🙂 visa 🙂visa', '🙂', ANY)).toEqual([
      { start: 0, end: 2 },
      { start: 8, end: 10 },
    ])
  })

  it('never cuts an emoji sequence: "👍" does not find the start of "👍🏽"', () => {
    expect(findMatches('👍🏽 and 👍', '👍', ANY)).toEqual([{ start: 9, end: 11 }])
  })

  it('never cuts a combining sequence', () => {
    // "q" with a combining acute has no composed form, so NFC leaves it as two characters.
    expect(findMatches('q\u0301 q', 'q', ANY)).toEqual([{ start: 3, end: 4 }])
  })
})

describe('findMatches, whole words (the snapping rules)', () => {
  const text = 'visa visaabuse visa-abuse intelligence-sharing sharing'

  it('skips a match glued to more letters, or joined to a word by a hyphen', () => {
    expect(findMatches(text, 'visa', WORDS)).toEqual([{ start: 0, end: 4 }])
    expect(findMatches(text, 'sharing', WORDS)).toEqual([{ start: 47, end: 54 }])
  })

  it('skips part of a number: "76" is not a whole word in "76,000"', () => {
    expect(findMatches('76,000 people, 76 boats', '76', WORDS)).toEqual([{ start: 15, end: 17 }])
  })

  it('keeps an abbreviation whole: "U.S" is only a whole word without its full stop', () => {
    expect(
      findMatches('the U.S. and U.S', 'U.S', { caseSensitive: true, wholeWord: true }),
    ).toEqual([{ start: 13, end: 16 }])
  })

  it('asks nothing of an edge that is punctuation', () => {
    expect(findMatches('said "Yes." Yes', '"Yes."', WORDS)).toEqual([{ start: 5, end: 11 }])
  })

  it('treats Vietnamese words next to punctuation as whole', () => {
    expect(findMatches('Nội, nội.', 'nội', WORDS)).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 8 },
    ])
  })

  it('takes each character of an unspaced script as a word, as snapping does', () => {
    expect(findMatches('横浜市', '横浜', WORDS)).toEqual([{ start: 0, end: 2 }])
  })

  it('finds no whole word inside a long run of letters', () => {
    expect(findMatches('a'.repeat(10_000), 'a', WORDS)).toEqual([])
  })
})
