import { describe, expect, it } from 'vitest'

import { relaxedF1, strictF1 } from '../../../../src-main/core/agreement/figures'
import {
  compareSpansByLabel,
  sameLabelOverlaps,
} from '../../../../src-main/core/agreement/span-matching'
import type { LabelledRange } from '../../../../src-main/core/agreement/token-categories'

const CLAIM = 0
const STATISTIC = 1
const span = (start: number, end: number, label = CLAIM) => ({ start, end, label })
const compare = (a: readonly LabelledRange[], b: readonly LabelledRange[]) =>
  compareSpansByLabel(a, b, sameLabelOverlaps(a, b), sameLabelOverlaps(b, a))

describe('which spans overlap a span of the other annotator with the same label', () => {
  it('is true for a span sharing a character with a same-label span', () => {
    expect(
      sameLabelOverlaps([span(0, 5), span(10, 12)], [span(4, 9), span(11, 20, STATISTIC)]),
    ).toEqual([true, false])
  })

  it('is false for spans that only touch', () => {
    expect(sameLabelOverlaps([span(0, 5)], [span(5, 9)])).toEqual([false])
  })

  it('finds a long span that starts well before', () => {
    expect(sameLabelOverlaps([span(50, 52)], [span(0, 100), span(10, 20), span(30, 40)])).toEqual([
      true,
    ])
  })
})

describe('comparing two annotators’ spans label by label', () => {
  it('counts spans, exact matches and overlaps per label', () => {
    const a = [span(0, 10), span(20, 30), span(40, 45, STATISTIC)]
    const b = [span(0, 10), span(25, 35), span(50, 55), span(40, 45)]
    expect(compare(a, b)).toEqual(
      new Map([
        [CLAIM, { a: 2, b: 4, strict: 1, overlapA: 2, overlapB: 2 }],
        [STATISTIC, { a: 1, b: 0, strict: 0, overlapA: 0, overlapB: 0 }],
      ]),
    )
  })

  it('matches a span given twice by one annotator only as often as the other gave it', () => {
    expect(compare([span(0, 5), span(0, 5)], [span(0, 5)]).get(CLAIM)).toMatchObject({
      strict: 1,
    })
  })
})

describe('strict span F1', () => {
  it('is 2·matches/(|A| + |B|)', () => {
    expect(strictF1({ a: 2, b: 4, strict: 1, overlapA: 2, overlapB: 2 }, 'a span')).toEqual({
      value: 1 / 3,
    })
  })

  it('is undefined when neither annotator has a span', () => {
    expect(strictF1({ a: 0, b: 0, strict: 0, overlapA: 0, overlapB: 0 }, 'a Claim span')).toEqual({
      value: null,
      reason: 'neither annotator has a Claim span in the documents they share',
    })
  })
})

describe('relaxed span F1', () => {
  it('is the F1 of the share of A’s spans overlapping B’s and the share of B’s overlapping A’s', () => {
    // P = 2/2, R = 2/4: F1 = 2·1·0.5/1.5 = 2/3.
    expect(relaxedF1({ a: 2, b: 4, strict: 1, overlapA: 2, overlapB: 2 }, 'a span')).toEqual({
      value: 2 / 3,
    })
  })

  it('is 0 when only one annotator has spans', () => {
    expect(relaxedF1({ a: 3, b: 0, strict: 0, overlapA: 0, overlapB: 0 }, 'a span')).toEqual({
      value: 0,
    })
  })

  it('is 0 when both have spans and none overlap', () => {
    expect(relaxedF1({ a: 1, b: 1, strict: 0, overlapA: 0, overlapB: 0 }, 'a span')).toEqual({
      value: 0,
    })
  })

  it('is undefined when neither annotator has a span', () => {
    expect(relaxedF1({ a: 0, b: 0, strict: 0, overlapA: 0, overlapB: 0 }, 'a span')).toEqual({
      value: null,
      reason: 'neither annotator has a span in the documents they share',
    })
  })
})
