import { describe, expect, it } from 'vitest'

import { moveEdgeByWord } from '../../../../src-main/core/text/move-edge'

const TEXT = 'Arrivals rose 12% to 76,000 last year 🎉 officials said.'
const range = (phrase: string) => {
  const start = TEXT.indexOf(phrase)
  return { start, end: start + phrase.length }
}
const slice = (r: { start: number; end: number }) => TEXT.slice(r.start, r.end)

describe('moveEdgeByWord', () => {
  it('moves the end to the end of the next word, keeping numbers whole', () => {
    expect(slice(moveEdgeByWord(TEXT, range('rose 12% to'), 'end', 1))).toBe('rose 12% to 76,000')
  })

  it('moves the end back to the end of the previous word', () => {
    expect(slice(moveEdgeByWord(TEXT, range('rose 12% to'), 'end', -1))).toBe('rose 12%')
  })

  it('moves the start to the start of the next word', () => {
    expect(slice(moveEdgeByWord(TEXT, range('rose 12% to'), 'start', 1))).toBe('12% to')
  })

  it('moves the start back to the start of the previous word', () => {
    expect(slice(moveEdgeByWord(TEXT, range('rose 12% to'), 'start', -1))).toBe(
      'Arrivals rose 12% to',
    )
  })

  it('takes an emoji as a word and never splits it', () => {
    expect(slice(moveEdgeByWord(TEXT, range('last year'), 'end', 1))).toBe('last year 🎉')
    expect(slice(moveEdgeByWord(TEXT, range('officials'), 'start', -1))).toBe('🎉 officials')
  })

  it('never makes the range empty', () => {
    expect(moveEdgeByWord(TEXT, range('rose'), 'end', -1)).toEqual(range('rose'))
    expect(moveEdgeByWord(TEXT, range('rose'), 'start', 1)).toEqual(range('rose'))
  })

  it('stays put at the edges of the text', () => {
    expect(moveEdgeByWord(TEXT, range('Arrivals'), 'start', -1)).toEqual(range('Arrivals'))
    expect(moveEdgeByWord(TEXT, range('said.'), 'end', 1)).toEqual(range('said.'))
  })
})
