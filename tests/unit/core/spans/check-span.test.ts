import { describe, expect, it } from 'vitest'

import { checkSpan } from '../../../../src-main/core/spans/check-span'

const TEXT = 'Festival 🎉 in Hà Nội'

describe('checkSpan', () => {
  it('accepts a span whose text matches its offsets', () => {
    expect(checkSpan(TEXT, { start: 9, end: 11, text: '🎉' })).toBeNull()
  })

  it('rejects a start before the text', () => {
    expect(checkSpan(TEXT, { start: -1, end: 3, text: 'Fes' })).toBe(
      'it starts at -1, before the start of the text',
    )
  })

  it('rejects an end beyond the text', () => {
    expect(checkSpan(TEXT, { start: 15, end: 30, text: 'Hà Nội' })).toBe(
      'it ends at 30, beyond the end of the text (21 characters)',
    )
  })

  it('rejects a span that covers nothing', () => {
    expect(checkSpan(TEXT, { start: 4, end: 4, text: '' })).toBe(
      'it covers no text (start 4, end 4)',
    )
  })

  it('rejects offsets that are not whole numbers', () => {
    expect(checkSpan(TEXT, { start: 1.5, end: 4, text: 'est' })).toBe(
      'its offsets 1.5–4 are not whole numbers',
    )
  })

  it('rejects a start inside a surrogate pair', () => {
    expect(checkSpan(TEXT, { start: 10, end: 11, text: '\udf89' })).toBe(
      'its start 10 splits a surrogate pair',
    )
  })

  it('rejects an end inside a surrogate pair', () => {
    expect(checkSpan(TEXT, { start: 9, end: 10, text: '\ud83c' })).toBe(
      'its end 10 splits a surrogate pair',
    )
  })

  it('rejects a stored text that differs from the slice', () => {
    expect(checkSpan(TEXT, { start: 15, end: 21, text: 'Ha Noi' })).toBe(
      'its text "Ha Noi" does not match the document at 15–21 ("Hà Nội")',
    )
  })

  it('rejects decomposed text against a precomposed document, saying why', () => {
    expect(checkSpan(TEXT, { start: 15, end: 17, text: 'Ha\u0300' })).toBe(
      'its text "Ha\u0300" matches the document at 15–17 only after Unicode normalisation (accents are encoded differently)',
    )
  })
})
