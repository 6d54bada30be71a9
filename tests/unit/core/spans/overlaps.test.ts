import { describe, expect, it } from 'vitest'

import {
  compareSpans,
  nestingDepths,
  overlaps,
  sortSpans,
  spansAt,
} from '../../../../src-main/core/spans/overlaps'

const r = (id: string, start: number, end: number) => ({ id, start, end })

describe('overlaps', () => {
  it('is true when two ranges share a character', () => {
    expect(overlaps(r('a', 0, 5), r('b', 4, 9))).toBe(true)
  })

  it('is true when one range encloses the other', () => {
    expect(overlaps(r('a', 0, 10), r('b', 3, 4))).toBe(true)
  })

  it('is false for ranges that only touch', () => {
    expect(overlaps(r('a', 0, 5), r('b', 5, 9))).toBe(false)
  })
})

describe('compareSpans and sortSpans', () => {
  it('sorts by start, then the longer span first, then by id', () => {
    const spans = [r('d', 5, 6), r('c', 0, 3), r('b', 0, 9), r('a', 0, 3)]
    expect(sortSpans(spans).map((span) => span.id)).toEqual(['b', 'a', 'c', 'd'])
  })

  it('leaves the input array as it was', () => {
    const spans = [r('b', 4, 5), r('a', 0, 1)]
    sortSpans(spans)
    expect(spans.map((span) => span.id)).toEqual(['b', 'a'])
  })

  it('compares equal ranges without ids as equal', () => {
    expect(compareSpans({ start: 1, end: 2 }, { start: 1, end: 2 })).toBe(0)
  })
})

describe('nestingDepths', () => {
  it('puts a statistic inside a claim one row below the claim', () => {
    const depths = nestingDepths([r('claim', 0, 40), r('stat', 10, 16)])
    expect([...depths]).toEqual([
      ['claim', 0],
      ['stat', 1],
    ])
  })

  it('puts spans that do not overlap on row 0', () => {
    expect([...nestingDepths([r('a', 0, 5), r('b', 5, 9)])]).toEqual([
      ['a', 0],
      ['b', 0],
    ])
  })

  it('reuses a row once the span on it has ended', () => {
    const depths = nestingDepths([r('a', 0, 10), r('b', 5, 15), r('c', 12, 20)])
    expect([...depths]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ])
  })

  it('stacks three nested spans on rows 0, 1, 2', () => {
    const depths = nestingDepths([r('outer', 0, 30), r('middle', 5, 20), r('inner', 8, 10)])
    expect([...depths]).toEqual([
      ['outer', 0],
      ['middle', 1],
      ['inner', 2],
    ])
  })

  it('sorts unsorted input first', () => {
    const depths = nestingDepths([r('inner', 8, 10), r('outer', 0, 30)])
    expect([...depths]).toEqual([
      ['outer', 0],
      ['inner', 1],
    ])
  })
})

describe('spansAt', () => {
  it('returns the spans covering a character, outermost first', () => {
    const spans = [r('stat', 10, 16), r('other', 20, 25), r('claim', 0, 40)]
    expect(spansAt(spans, 10).map((span) => span.id)).toEqual(['claim', 'stat'])
  })

  it('does not count a span at its end offset (end is exclusive)', () => {
    expect(spansAt([r('stat', 10, 16)], 16)).toEqual([])
  })
})
