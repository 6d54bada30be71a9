import { describe, expect, it } from 'vitest'

import { acceptAgreed, acceptVersion } from '../../../../src-main/core/review/adjudicate'
import { indexDecisions } from '../../../../src-main/core/review/decisions'
import {
  applyGoldEdit,
  EMPTY_GOLD,
  type GoldState,
} from '../../../../src-main/core/review/gold-edit'
import { groupCandidates } from '../../../../src-main/core/review/group-candidates'
import { reviewProgress } from '../../../../src-main/core/review/review-progress'
import { context, layer, on } from './review-fixture'

const layers = [
  layer('alice', on('will expand visa checks', 'commitment'), on('12%', 'statistic')),
  layer('bob', on('will expand visa checks', 'claim'), on('12%', 'statistic')),
]
const groups = groupCandidates(layers)
const progressOf = (gold: GoldState) => reviewProgress(groups, indexDecisions(gold.decisions))

describe('review progress', () => {
  it('counts groups by kind and all of them open before any decision', () => {
    expect(progressOf(EMPTY_GOLD)).toEqual({
      counts: { agreed: 1, attribute: 0, label: 1, boundary: 0, missing: 0 },
      open: { agreed: 1, attribute: 0, label: 1, boundary: 0, missing: 0 },
      disagreements: 1,
      settledDisagreements: 0,
      adjudicated: false,
    })
  })

  it('is not adjudicated while an agreed span is undecided, even with every disagreement settled', () => {
    const conflict = groups.find((group) => group.kind === 'label')!
    const gold = applyGoldEdit(EMPTY_GOLD, acceptVersion(conflict, 'bob', EMPTY_GOLD, context()))
    expect(progressOf(gold)).toMatchObject({ settledDisagreements: 1, adjudicated: false })
  })

  it('is adjudicated once every version of every group is decided', () => {
    const conflict = groups.find((group) => group.kind === 'label')!
    const ctx = context()
    const settled = applyGoldEdit(EMPTY_GOLD, acceptVersion(conflict, 'bob', EMPTY_GOLD, ctx))
    const done = applyGoldEdit(settled, acceptAgreed(groups, settled, ctx))
    expect(progressOf(done)).toMatchObject({
      open: { agreed: 0, attribute: 0, label: 0, boundary: 0, missing: 0 },
      adjudicated: true,
    })
  })
})
