import { describe, expect, it } from 'vitest'

import {
  krippendorffAlphaFromMatrix,
  krippendorffAlphaNominal,
} from '../../../../src-main/core/agreement/krippendorff-alpha'

const _ = null

describe("Krippendorff's alpha (nominal)", () => {
  it("gives 0.743 on the paper's worked example with missing values (4 observers, 12 units)", () => {
    // K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C.
    // n = 40 pairable values, Dₒ = 8, Σ n_c² = 384: α = 1 − 39·8/(1600 − 384) = 113/152.
    const alpha = krippendorffAlphaFromMatrix(
      [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
        [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
      ],
      String,
    )
    expect(alpha.value).toBeCloseTo(113 / 152, 12)
    expect(alpha.value?.toFixed(3)).toBe('0.743')
  })

  it('is 1 when every pairable unit gets one value from everyone', () => {
    const alpha = krippendorffAlphaFromMatrix(
      [
        ['a', 'b', 'a'],
        ['a', 'b', _],
      ],
      String,
    )
    expect(alpha).toEqual({ value: 1 })
  })

  it('leaves out a unit only one observer gave a value', () => {
    // The third unit ('c' from one observer) cannot be paired: α as if it were absent.
    const withLone = krippendorffAlphaFromMatrix(
      [
        ['a', 'b', 'c', 'a'],
        ['a', 'a', _, 'a'],
      ],
      String,
    )
    const without = krippendorffAlphaFromMatrix(
      [
        ['a', 'b', 'a'],
        ['a', 'a', 'a'],
      ],
      String,
    )
    expect(withLone).toEqual(without)
  })

  it('weighs a unit by its count as if it were given that many times', () => {
    // Two observers, units (a,a)×3 and (a,b)×1: n = 8, Dₒ = 2, n_a = 7, n_b = 1:
    // α = 1 − 7·2/(64 − 49 − 1) = 0.
    const alpha = krippendorffAlphaNominal(
      [
        { values: ['a', 'a'], count: 3 },
        { values: ['a', 'b'], count: 1 },
      ],
      String,
    )
    expect(alpha).toEqual({ value: 0 })
  })

  it('is undefined when every pairable value is the same', () => {
    expect(
      krippendorffAlphaFromMatrix(
        [
          ['O', 'O'],
          ['O', 'O'],
        ],
        (value) => `in category ${value}`,
      ),
    ).toEqual({
      value: null,
      reason:
        'every token is in category O for every annotator, so there is no variation to agree on',
    })
  })

  it('is undefined when no unit has two values', () => {
    expect(
      krippendorffAlphaFromMatrix(
        [
          ['a', _],
          [_, 'b'],
        ],
        String,
      ),
    ).toEqual({
      value: null,
      reason: 'no token has categories from two or more annotators',
    })
  })
})
