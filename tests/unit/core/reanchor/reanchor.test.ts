import { describe, expect, it } from 'vitest'

import { reanchor, type Placement } from '../../../../src-main/core/reanchor/reanchor'

const OLD =
  'Ministers met in Hanoi on Monday. The two countries agreed to increase intelligence-sharing to tackle visa abuse. Officials said 76,000 people have crossed the border this year. Talks resume in May.'

/** The placement of the span over the first occurrence of `quote` in OLD, on `next`. */
const place = (next: string, quote: string, old = OLD): Placement => {
  const start = old.indexOf(quote)
  const [placement] = reanchor(old, next, [{ start, end: start + quote.length }])
  if (placement === undefined) throw new Error('no placement')
  return placement
}
/** What a placement covers in `next`. */
const covered = (next: string, placement: Placement): string | null =>
  placement.how === 'not-placed' ? null : next.slice(placement.start, placement.end)

describe('reanchor', () => {
  it('places a span exactly on an unchanged text', () => {
    expect(place(OLD, 'visa abuse')).toEqual({ how: 'exact', start: 102, end: 112 })
  })

  it('moves a span exactly past text inserted before it', () => {
    const next = `UPDATED 3 June. ${OLD}`
    expect(place(next, 'visa abuse')).toEqual({ how: 'exact', start: 118, end: 128 })
  })

  it('keeps a span exactly where it was when text is inserted after it', () => {
    const next = OLD.replace('Talks resume in May.', 'Talks resume in May, officials added.')
    expect(place(next, 'visa abuse')).toEqual({ how: 'exact', start: 102, end: 112 })
  })

  it('places a span fuzzily over the words inserted inside it', () => {
    const next = OLD.replace('to tackle visa abuse', 'to tackle serious visa abuse')
    const placement = place(next, 'increase intelligence-sharing to tackle visa abuse')
    expect(placement.how).toBe('fuzzy')
    expect(covered(next, placement)).toBe(
      'increase intelligence-sharing to tackle serious visa abuse',
    )
  })

  it('places a span fuzzily over a word changed inside it', () => {
    const next = OLD.replace('intelligence-sharing', 'information-sharing')
    const placement = place(next, 'increase intelligence-sharing to tackle visa abuse')
    expect(placement.how).toBe('fuzzy')
    expect(covered(next, placement)).toBe('increase information-sharing to tackle visa abuse')
  })

  it('moves a changed statistic with its span, by fuzzy match', () => {
    const next = OLD.replace('76,000 people', '78,000 people')
    const placement = place(next, '76,000 people')
    expect(placement.how).toBe('fuzzy')
    expect(covered(next, placement)).toBe('78,000 people')
  })

  it('does not place a span whose sentence was deleted', () => {
    const next = OLD.replace(
      ' The two countries agreed to increase intelligence-sharing to tackle visa abuse.',
      '',
    )
    expect(place(next, 'agreed to increase intelligence-sharing')).toEqual({
      how: 'not-placed',
      reason: 'gone',
    })
  })

  it('does not place a long span whose middle was rewritten, though both its ends remain', () => {
    const next = OLD.replace(
      'increase intelligence-sharing to tackle',
      'drop every plan they had made earlier to fight',
    )
    const quote = 'The two countries agreed to increase intelligence-sharing to tackle visa abuse.'
    expect(place(next, quote)).toEqual({ how: 'not-placed', reason: 'gone' })
  })

  it('places a span on the occurrence of a duplicated phrase whose context it had', () => {
    const old = 'Rain fell in the north. Prices rose in the north. Schools closed.'
    const next = 'Storms came. Rain fell in the north. Prices rose in the north. Schools closed.'
    const second = old.lastIndexOf('in the north')
    const [placement] = reanchor(old, next, [{ start: second, end: second + 12 }])
    expect(placement).toEqual({ how: 'exact', start: 49, end: 61 })
    expect(next.slice(49, 65)).toBe('in the north. Sc')
  })

  it('places a quote that now occurs once exactly, wherever it moved', () => {
    const old = 'Alpha beta. Gamma delta said the envoy. Epsilon.'
    const next = 'Gamma delta said the envoy. Alpha beta. Epsilon.'
    const start = old.indexOf('Gamma delta')
    expect(reanchor(old, next, [{ start, end: start + 11 }])).toEqual([
      { how: 'exact', start: 0, end: 11 },
    ])
  })

  it('does not place a short quote repeated without its context anywhere', () => {
    const old = 'Output grew by 5% in the first quarter of this year, the office said.'
    const next = 'By 5% here, by 5% there: revised figures.'
    const start = old.indexOf('5%')
    expect(reanchor(old, next, [{ start, end: start + 2 }])).toEqual([
      { how: 'not-placed', reason: 'ambiguous' },
    ])
  })

  it('counts offsets in UTF-16 units past emoji and decomposed-then-composed diacritics', () => {
    const old = 'Hà Nội 🇻🇳 hosts the summit. Đà Nẵng 🌊 follows.'
    const next = 'Tin mới 📰: Hà Nội 🇻🇳 hosts the summit. Đà Nẵng 🌊 follows.'
    const start = old.indexOf('Đà Nẵng 🌊')
    const [placement] = reanchor(old, next, [{ start, end: start + 'Đà Nẵng 🌊'.length }])
    expect(placement).toEqual({ how: 'exact', start: 42, end: 52 })
    expect(next.slice(42, 52)).toBe('Đà Nẵng 🌊')
  })

  it('never splits an emoji when a fuzzy edge lands inside it', () => {
    const old = 'Fans cheered 🎉🎉 loudly at the final whistle in the stadium.'
    const next = 'Fans cheered 🎉 loudly at the final whistle in the big stadium.'
    const quote = 'cheered 🎉🎉 loudly'
    const placement = place(next, quote, old)
    expect(placement.how).toBe('fuzzy')
    expect(covered(next, placement)).toBe('cheered 🎉 loudly')
  })

  it('counts a line break as one unit (import has turned CRLF into LF)', () => {
    const old = 'Headline\nFirst paragraph here.\nSecond paragraph here.'
    const next = 'Headline\nA new first line.\nFirst paragraph here.\nSecond paragraph here.'
    const start = old.indexOf('Second')
    expect(reanchor(old, next, [{ start, end: start + 6 }])).toEqual([
      { how: 'exact', start: 49, end: 55 },
    ])
  })

  it('places a quote longer than the 32-character pattern limit by its head and tail', () => {
    const long = 'The two countries agreed to increase intelligence-sharing to tackle visa abuse.'
    const next = OLD.replace('The two countries agreed', 'Both countries agreed')
    const placement = place(next, long)
    expect(placement.how).toBe('fuzzy')
    expect(covered(next, placement)).toBe(
      'Both countries agreed to increase intelligence-sharing to tackle visa abuse.',
    )
  })
})
