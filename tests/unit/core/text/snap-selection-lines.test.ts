import { describe, expect, it } from 'vitest'

import { snapSelection } from '../../../../src-main/core/text/snap-selection'

const PARAGRAPHS = 'of diplomatic relations.\n\nApart from trade'

describe('snapSelection across a line break', () => {
  it('keeps the line holding most of a drag over a paragraph end: the first', () => {
    // "diplomatic relations.\n\nApa" → "diplomatic relations"
    expect(snapSelection(PARAGRAPHS, 3, 29)).toEqual({ start: 3, end: 23 })
  })

  it('keeps the line holding most of a drag over a paragraph end: the second', () => {
    // "s.\n\nApart from tra" → "Apart from trade"
    expect(snapSelection(PARAGRAPHS, 22, 40)).toEqual({ start: 26, end: 42 })
  })

  it('keeps the first line when both hold as much of the drag', () => {
    expect(snapSelection('ab\ncd', 0, 5)).toEqual({ start: 0, end: 2 })
  })

  it('keeps the fullest line of a drag over three lines', () => {
    // "ne\ntwo three four\nfi" → "two three four"
    expect(snapSelection('one\ntwo three four\nfive', 1, 21)).toEqual({ start: 4, end: 18 })
  })

  it('does not count spaces when weighing the lines', () => {
    // "b      \n cd": the first line is longer, the second holds more characters → "cde".
    expect(snapSelection('ab      \n cde', 1, 12)).toEqual({ start: 10, end: 13 })
  })

  it('prefers a line holding a word to a longer line of only punctuation', () => {
    // "«—»\nab" → "ab"
    expect(snapSelection('«—»\nab', 0, 6)).toEqual({ start: 4, end: 6 })
  })

  it('returns a selection of only spaces and line breaks unchanged', () => {
    expect(snapSelection('a \n\n b', 1, 5)).toEqual({ start: 1, end: 5 })
  })

  it('turns a backwards drag over a line break around first', () => {
    expect(snapSelection(PARAGRAPHS, 40, 22)).toEqual({ start: 26, end: 42 })
  })

  it('clamps offsets outside the text before choosing the line', () => {
    expect(snapSelection('ab\ncdef', -5, 99)).toEqual({ start: 3, end: 7 })
  })
})
