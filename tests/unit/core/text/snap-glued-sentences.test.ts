import { describe, expect, it } from 'vitest'

import { snapToWords } from '../../../../src-main/core/text/snap-to-words'

// Scraped articles lose the space after a full stop; the capital that follows still shows
// where the next sentence starts.
const RELATIONS = 'marked 51 years of diplomatic relations.Apart from trade'

describe('snapToWords at a sentence end glued to the next sentence', () => {
  it('grows the last word up to a full stop glued to a capital, not over it', () => {
    // "51 years of diplomatic relati" → "51 years of diplomatic relations"
    expect(snapToWords(RELATIONS, 7, 36)).toEqual({ start: 7, end: 39 })
  })

  it('grows the first word back to a full stop glued to a capital, not over it', () => {
    // "ar" → "Apart"
    expect(snapToWords(RELATIONS, 42, 44)).toEqual({ start: 40, end: 45 })
  })

  it('keeps both sentences when the drag itself crosses the glued full stop', () => {
    // "ions.Apar" → "relations.Apart"
    expect(snapToWords(RELATIONS, 35, 44)).toEqual({ start: 30, end: 45 })
  })

  it('stops at a question mark glued to a capital', () => {
    // "abu" → "abuse"
    expect(snapToWords('Was it visa abuse?The minister', 12, 15)).toEqual({ start: 12, end: 17 })
  })

  it('stops at an exclamation mark glued to a capital', () => {
    // "a ab" → "visa abuse"
    expect(snapToWords('Stop visa abuse!The minister', 8, 12)).toEqual({ start: 5, end: 15 })
  })

  it('stops before a capital with diacritics ("giao.Đà")', () => {
    // "ngoại gi" → "ngoại giao"
    expect(snapToWords('quan hệ ngoại giao.Đà Nẵng', 8, 16)).toEqual({ start: 8, end: 18 })
  })

  it('stops after a word ending in a combining mark before the glued capital', () => {
    // "giao" + U+0301 is one word; "E" starts the next sentence.
    expect(snapToWords('giao\u0301.Em là', 0, 2)).toEqual({ start: 0, end: 5 })
  })

  it('keeps a full stop followed by a lower-case letter inside the word ("vietnamplus.vn")', () => {
    expect(snapToWords('read vietnamplus.vn daily', 6, 10)).toEqual({ start: 5, end: 19 })
  })

  it('keeps initials whole: a single letter before the full stop is not a sentence ("U.S.A")', () => {
    expect(snapToWords('the U.S.A team', 6, 7)).toEqual({ start: 4, end: 9 })
  })

  it('keeps "e.g." glued to a capital as one word, as initials are', () => {
    expect(snapToWords('e.g.The minister', 0, 1)).toEqual({ start: 0, end: 7 })
  })

  it('keeps a decimal whole: a digit after the full stop is no capital ("3.5")', () => {
    expect(snapToWords('rose 3.5 points', 5, 6)).toEqual({ start: 5, end: 8 })
  })

  it('ends a number glued to a capital at the full stop ("2.Next")', () => {
    expect(snapToWords('version 2.Next week', 8, 9)).toEqual({ start: 8, end: 9 })
  })
})
