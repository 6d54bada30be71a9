import { describe, expect, it } from 'vitest'

import { snapToWords } from '../../../../src-main/core/text/snap-to-words'

/** Snaps the selection of `length` units starting at the first `from` in `text`; returns the covered text. */
const snap = (text: string, from: string, length = from.length): string => {
  const start = text.indexOf(from)
  if (start === -1) throw new Error(`"${from}" is not in the text`)
  const range = snapToWords(text, start, start + length)
  return text.slice(range.start, range.end)
}

describe('snapToWords', () => {
  it('grows a selection inside a word to the whole word', () => {
    expect(snap('The council will add routes', 'oun')).toBe('council')
  })

  it('grows both edges of a multi-word selection', () => {
    expect(snap('The council will add 14 bus routes', 'ncil will add 14 b')).toBe(
      'council will add 14 bus',
    )
  })

  it('returns offsets, not only text', () => {
    expect(snapToWords('The council will', 5, 7)).toEqual({ start: 4, end: 11 })
  })

  it('drops a trailing space from a drag that ends in it', () => {
    expect(snap('will add routes', 'will ')).toBe('will')
  })

  it('drops leading whitespace and a line break', () => {
    expect(snap('said.\n  The council', '\n  The')).toBe('The')
  })

  it('drops a full stop at the end of the selection', () => {
    expect(snap('rose last year. Then', 'last year.')).toBe('last year')
  })

  it('drops quotation marks at the edges', () => {
    expect(
      snap('said “increase cooperation on river data” and', '“increase cooperation on river data”'),
    ).toBe('increase cooperation on river data')
  })

  it('keeps a number with a thousands separator whole', () => {
    expect(snap('rose to 76,000 people.', '6,0')).toBe('76,000')
  })

  it('keeps a decimal percentage whole', () => {
    expect(snap('rose 3.5% last year.', '3', 1)).toBe('3.5%')
  })

  it('keeps a currency sign before a number', () => {
    expect(snap('fares at £4.', '4')).toBe('£4')
  })

  it('keeps times and ratios written with digits whole', () => {
    expect([snap('at 10:30 on', '30'), snap('on 24/7 duty', '7')]).toEqual(['10:30', '24/7'])
  })

  it('does not join words at a comma between letters', () => {
    expect(snap('effect in May,officials said', 'May')).toBe('May')
  })

  it('keeps a hyphenated word whole', () => {
    expect(snap('increase intelligence-sharing now', 'shar')).toBe('intelligence-sharing')
  })

  it('keeps a hyphenated word whole when the selection starts on the hyphen', () => {
    expect(snap('increase intelligence-sharing now', '-sharing')).toBe('intelligence-sharing')
  })

  it('keeps a word with a curly apostrophe whole', () => {
    expect(snap('the UK’s plan', 'UK')).toBe('UK’s')
  })

  it('keeps an abbreviation with its final full stop', () => {
    expect(snap('the U.S. plan', 'S')).toBe('U.S.')
  })

  it('leaves glued words glued: they are one word in the text', () => {
    expect(snap('will increasecooperation on', 'cooperation')).toBe('increasecooperation')
  })

  it('treats precomposed Vietnamese letters as word characters', () => {
    expect(snap('Hà Nội cam kết', 'N')).toBe('Nội')
  })

  it('grows over combining marks of decomposed Vietnamese at the end', () => {
    const text = 'Ha\u0300 No\u0323\u0302i'
    expect(snapToWords(text, 0, 2)).toEqual({ start: 0, end: 3 })
  })

  it('moves a start that falls on a combining mark back to its base letter', () => {
    const text = 'Ha\u0300 No\u0323\u0302i'
    expect(snapToWords(text, 5, 6)).toEqual({ start: 4, end: 9 })
  })

  it('never splits a surrogate pair: a selection inside an emoji covers it', () => {
    const text = 'a 🎉 b'
    expect(snapToWords(text, 3, 3 + 1)).toEqual({ start: 2, end: 4 })
  })

  it('keeps a ZWJ family whole', () => {
    const text = 'said 👨‍👩‍👧‍👦 families'
    expect(snapToWords(text, 6, 8)).toEqual({ start: 5, end: 16 })
  })

  it('keeps a flag whole when only one regional indicator is selected', () => {
    expect(snap('from 🇬🇧 and', '🇬')).toBe('🇬🇧')
  })

  it('keeps an emoji with its skin tone', () => {
    expect(snap('Volunteers 👍🏽 handed', '👍')).toBe('👍🏽')
  })

  it('keeps a keycap sequence whole', () => {
    expect(snap('out 1️⃣ free', '1')).toBe('1️⃣')
  })

  it('keeps a keycap whose base is not a letter with its base', () => {
    const text = 'press #️⃣ now'
    expect(snapToWords(text, 7, 8)).toEqual({ start: 6, end: 9 })
  })

  it('keeps astral math letters whole', () => {
    const text = 'read 𝐂𝐋𝐄𝐀𝐍 seas'
    expect(snapToWords(text, 7, 8)).toEqual({ start: 5, end: 15 })
  })

  it('snaps CJK to whole characters only (no dictionary to find words)', () => {
    expect(snap('greetings: 港口节快乐！', '口节')).toBe('口节')
  })

  it('drops CJK full-width punctuation at the edge', () => {
    expect(snap('greetings: 港口节快乐！', '快乐！')).toBe('快乐')
  })

  it('turns a backwards selection around', () => {
    expect(snapToWords('The council will', 7, 5)).toEqual({ start: 4, end: 11 })
  })

  it('clamps offsets outside the text', () => {
    expect(snapToWords('council', -3, 99)).toEqual({ start: 0, end: 7 })
  })

  it('trims whitespace around a selection of only punctuation', () => {
    expect(snapToWords('said — and', 4, 7)).toEqual({ start: 5, end: 6 })
  })

  it('returns a selection of only whitespace unchanged', () => {
    expect(snapToWords('a   b', 1, 4)).toEqual({ start: 1, end: 4 })
  })

  it('returns an empty selection unchanged', () => {
    expect(snapToWords('council', 3, 3)).toEqual({ start: 3, end: 3 })
  })
})
