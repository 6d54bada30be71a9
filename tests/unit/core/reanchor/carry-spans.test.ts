import { describe, expect, it } from 'vitest'

import { carrySpans } from '../../../../src-main/core/reanchor/carry-spans'
import { createReanchorer } from '../../../../src-main/core/reanchor/reanchor'
import { makeSpan } from '../spans/make-span'

const OLD = 'Ministers met on Monday. They pledged 40 new patrol boats. Talks end in May.'
const NEW = 'Ministers met on Monday in Hanoi. They pledged 45 new patrol boats. Talks end in June.'
const NOW = '2026-12-01T12:00:00.000Z'

describe('carrySpans', () => {
  const met = makeSpan('a', OLD, 0, 13, { note: 'who met' })
  const boats = makeSpan('b', OLD, 38, 57, { label: 'statistic' })
  const may = makeSpan('c', OLD, 59, 75)
  const carried = carrySpans(createReanchorer(OLD, NEW), NEW, [may, met, boats], NOW)

  it('keeps an exactly placed span as it was, at its new offsets', () => {
    expect(carried.spans[0]).toEqual(met)
  })

  it('gives a fuzzily placed span the text it covers now and a new update time', () => {
    expect(carried.spans[1]).toEqual({
      ...boats,
      start: 47,
      end: 66,
      text: '45 new patrol boats',
      updatedAt: NOW,
    })
  })

  it('counts how each span was placed and lists those not placed with why', () => {
    expect([carried.exact, carried.fuzzy, carried.spans.length]).toEqual([1, 2, 3])
    expect(carried.notPlaced).toEqual([])
  })

  it('lists a span whose text is gone as not placed, and leaves it out', () => {
    const gone = carrySpans(createReanchorer(OLD, 'Something else entirely.'), '', [boats], NOW)
    expect(gone).toEqual({
      spans: [],
      exact: 0,
      fuzzy: 0,
      notPlaced: [{ span: boats, reason: 'gone' }],
    })
  })
})
