import { describe, expect, it } from 'vitest'

import { formatMeasure, measure, verdictOf } from '../../../bench/ui/ui-measure'

const edit = (runs: number[], floor?: number) =>
  measure({ case: '1M/20k', where: 'page', what: 'add', unit: 'ms', target: 30, floor }, runs)

describe('the bench verdict on a target', () => {
  it('is met when the median is at most the target', () => {
    expect(verdictOf(edit([29, 30, 31]))).toBe('met')
  })

  it('is missed above the target when no floor was measured', () => {
    expect(verdictOf(edit([30.5, 30.6, 31]))).toBe('MISSED')
  })

  it('is "at the floor" when a gesture that changes nothing takes as long', () => {
    const figure = edit([30.5, 30.6, 31], 29.8)
    expect(verdictOf(figure)).toBe('at the floor')
    expect(formatMeasure(figure)).toMatch(
      /target ≤ 30 at the floor \(0\.8 ms above the two-frame floor of 29\.8 ms\)$/u,
    )
  })

  it('is missed when the edit costs more than the floor plus the margin', () => {
    expect(verdictOf(edit([33, 33.5, 34], 29.8))).toBe('MISSED')
  })

  it('is missed when the floor is well under the target, whatever the margin', () => {
    expect(verdictOf(edit([31, 31, 31], 26))).toBe('MISSED')
  })
})
