import { describe, expect, it } from 'vitest'

import { cohenKappa } from '../../../../src-main/core/agreement/cohen-kappa'

const describeValue = (value: string) => `in category ${value}`

describe("Cohen's kappa", () => {
  it('is (pₒ − pₑ)/(1 − pₑ) on a 2×2 table worked out by hand', () => {
    // n = 50, agreed 35 → pₒ = 0.7; A: 25 yes, B: 30 yes → pₑ = (25·30 + 25·20)/2500 = 0.5.
    const cells = [
      { a: 'yes', b: 'yes', count: 20 },
      { a: 'yes', b: 'no', count: 5 },
      { a: 'no', b: 'yes', count: 10 },
      { a: 'no', b: 'no', count: 15 },
    ]
    expect(cohenKappa(cells, describeValue)).toEqual({ value: 0.4 })
  })

  it('is 1 when both agree on every token and use two categories', () => {
    const cells = [
      { a: 'O', b: 'O', count: 4 },
      { a: 'Claim', b: 'Claim', count: 2 },
    ]
    expect(cohenKappa(cells, describeValue)).toEqual({ value: 1 })
  })

  it('is negative when they agree less often than chance', () => {
    // pₒ = 0, pₑ = 0.5: κ = −1.
    const cells = [
      { a: 'O', b: 'Claim', count: 1 },
      { a: 'Claim', b: 'O', count: 1 },
    ]
    expect(cohenKappa(cells, describeValue)).toEqual({ value: -1 })
  })

  it('adds up cells given more than once', () => {
    const cells = [
      { a: 'yes', b: 'yes', count: 10 },
      { a: 'yes', b: 'yes', count: 10 },
      { a: 'yes', b: 'no', count: 5 },
      { a: 'no', b: 'yes', count: 10 },
      { a: 'no', b: 'no', count: 15 },
    ]
    expect(cohenKappa(cells, describeValue)).toEqual({ value: 0.4 })
  })

  it('is undefined, with the reason, when both put every token in one category', () => {
    expect(cohenKappa([{ a: 'O', b: 'O', count: 9 }], describeValue)).toEqual({
      value: null,
      reason: 'every token is in category O for both annotators, so chance agreement is certain',
    })
  })

  it('is undefined when there is nothing to compare', () => {
    expect(cohenKappa([], describeValue)).toEqual({
      value: null,
      reason: 'there are no tokens to compare',
    })
  })
})
