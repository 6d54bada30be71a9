import { describe, expect, it } from 'vitest'

import {
  labelPairKey,
  overlappingLabelPairs,
} from '../../../../src-main/core/agreement/span-confusion'
import type { LabelledRange } from '../../../../src-main/core/agreement/token-categories'

const CLAIM = 0
const STATISTIC = 1
const span = (start: number, end: number, label: number) => ({ start, end, label })
const confusion = (a: readonly LabelledRange[], b: readonly LabelledRange[]) =>
  overlappingLabelPairs(a, b)

describe('overlapping span pairs by label', () => {
  it("counts a label conflict by A's label and B's label", () => {
    expect(confusion([span(0, 10, STATISTIC)], [span(0, 20, CLAIM)])).toEqual(
      new Map([[labelPairKey(STATISTIC, CLAIM), 1]]),
    )
  })

  it('counts every overlapping pair with the same label, whatever the boundaries', () => {
    const a = [span(0, 20, CLAIM), span(30, 35, CLAIM)]
    const b = [span(5, 10, CLAIM), span(15, 25, CLAIM), span(40, 45, CLAIM)]
    expect(confusion(a, b)).toEqual(new Map([[labelPairKey(CLAIM, CLAIM), 2]]))
  })

  it('counts no conflict for a span nested in one both annotators tagged alike', () => {
    const a = [span(0, 50, CLAIM)]
    const b = [span(0, 50, CLAIM), span(10, 20, STATISTIC)]
    expect(confusion(a, b)).toEqual(new Map([[labelPairKey(CLAIM, CLAIM), 1]]))
  })

  it('counts a relabelled span as a conflict though a neighbour of its label overlaps it', () => {
    // B relabelled A's Claim as a Statistic; B's own Claim next to it overlaps only its end.
    const a = [span(10, 30, CLAIM)]
    const b = [span(10, 30, STATISTIC), span(25, 60, CLAIM)]
    expect(confusion(a, b)).toEqual(
      new Map([
        [labelPairKey(CLAIM, STATISTIC), 1],
        [labelPairKey(CLAIM, CLAIM), 1],
      ]),
    )
  })

  it('counts a label disagreement on part of a span that the other split', () => {
    // B's Claim stops at 30; from 40 to 50 B says Statistic where A still says Claim.
    const a = [span(0, 50, CLAIM)]
    const b = [span(0, 30, CLAIM), span(40, 50, STATISTIC)]
    expect(confusion(a, b)).toEqual(
      new Map([
        [labelPairKey(CLAIM, CLAIM), 1],
        [labelPairKey(CLAIM, STATISTIC), 1],
      ]),
    )
  })

  it('counts a pair that starts at the same offset once', () => {
    expect(confusion([span(3, 9, CLAIM)], [span(3, 4, STATISTIC)])).toEqual(
      new Map([[labelPairKey(CLAIM, STATISTIC), 1]]),
    )
  })

  it('does not pair spans that only touch', () => {
    expect(confusion([span(0, 5, CLAIM)], [span(5, 9, STATISTIC)])).toEqual(new Map())
  })

  it("pairs a span with each of the other's conflicting spans inside it", () => {
    const a = [span(0, 100, CLAIM)]
    const b = [span(10, 20, STATISTIC), span(30, 40, STATISTIC), span(60, 70, STATISTIC)]
    expect(confusion(a, b)).toEqual(new Map([[labelPairKey(CLAIM, STATISTIC), 3]]))
  })
})
