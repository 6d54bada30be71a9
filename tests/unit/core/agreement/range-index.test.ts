import { describe, expect, it } from 'vitest'

import { createRangeIndex } from '../../../../src-main/core/agreement/range-index'

const CLAIM = 0
const STATISTIC = 1
const index = createRangeIndex([
  { start: 0, end: 100, label: CLAIM },
  { start: 10, end: 20, label: CLAIM },
  { start: 40, end: 45, label: STATISTIC },
])

describe("an annotator's spans indexed by label", () => {
  it('finds a span of the label that covers a stretch, from its first to its last character', () => {
    expect([index.covers(CLAIM, 0, 100), index.covers(STATISTIC, 41, 45)]).toEqual([true, true])
  })

  it('does not count a span that stops short or starts late as covering', () => {
    expect([index.covers(STATISTIC, 39, 45), index.covers(STATISTIC, 40, 46)]).toEqual([
      false,
      false,
    ])
  })

  it('finds a span of the label that shares a character, not one that only touches', () => {
    expect([index.overlaps(STATISTIC, 44, 60), index.overlaps(STATISTIC, 45, 60)]).toEqual([
      true,
      false,
    ])
  })

  it('knows no span of a label nobody used', () => {
    expect([index.overlaps(7, 0, 100), index.covers(7, 0, 1)]).toEqual([false, false])
  })
})
