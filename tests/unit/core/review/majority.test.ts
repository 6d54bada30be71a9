import { describe, expect, it } from 'vitest'

import { rejectGroup } from '../../../../src-main/core/review/adjudicate'
import { indexDecisions } from '../../../../src-main/core/review/decisions'
import { applyGoldEdit, EMPTY_GOLD } from '../../../../src-main/core/review/gold-edit'
import { groupCandidates } from '../../../../src-main/core/review/group-candidates'
import { majorityEdit } from '../../../../src-main/core/review/majority'
import { reviewProgress } from '../../../../src-main/core/review/review-progress'
import { context, layer, on } from './review-fixture'

const three = () => [
  layer('alice', on('will expand visa checks', 'commitment'), on('12%', 'statistic')),
  layer('bob', on('will expand visa checks', 'commitment'), on('76,000', 'statistic')),
  layer('dan', on('will expand visa checks', 'claim'), on('12%', 'statistic')),
]

describe('majority adjudication', () => {
  it('puts every version more than half the annotators share into gold and rejects what it outvoted', () => {
    const layers = three()
    const groups = groupCandidates(layers)
    const outcome = majorityEdit(groups, layers.length, EMPTY_GOLD, context())
    const gold = applyGoldEdit(EMPTY_GOLD, outcome.edit)
    expect([outcome.added, outcome.alreadyPresent, outcome.overruled]).toEqual([2, 0, 0])
    expect(gold.spans.map((span) => [span.text, span.label, span.review?.method])).toEqual([
      ['will expand visa checks', 'commitment', 'majority'],
      ['12%', 'statistic', 'majority'],
    ])
    expect(gold.decisions.map((d) => `${d.label} ${d.verdict} ${d.method}`)).toEqual([
      'claim rejected majority',
      'commitment accepted majority',
      'statistic accepted majority',
    ])
  })

  it('leaves a version only a minority tagged, and outvoting nothing, for a person', () => {
    const layers = three()
    const groups = groupCandidates(layers)
    const gold = applyGoldEdit(EMPTY_GOLD, majorityEdit(groups, 3, EMPTY_GOLD, context()).edit)
    const progress = reviewProgress(groups, indexDecisions(gold.decisions))
    expect(progress.open).toEqual({ agreed: 0, attribute: 0, label: 0, boundary: 0, missing: 1 })
    expect(progress.adjudicated).toBe(false)
  })

  it('with two annotators takes only what both tagged', () => {
    const layers = [
      layer('alice', on('12%', 'statistic'), on('visa checks', 'claim')),
      layer('bob', on('12%', 'statistic')),
    ]
    const outcome = majorityEdit(groupCandidates(layers), 2, EMPTY_GOLD, context())
    expect(outcome.edit.spans.created.map((span) => span.text)).toEqual(['12%'])
  })

  it('counts a version gold already has as present and adds it again never', () => {
    const layers = three()
    const groups = groupCandidates(layers)
    const first = applyGoldEdit(EMPTY_GOLD, majorityEdit(groups, 3, EMPTY_GOLD, context()).edit)
    const again = majorityEdit(groups, 3, first, context())
    expect([again.added, again.alreadyPresent, again.overruled]).toEqual([0, 2, 0])
    expect(again.edit.spans.created).toEqual([])
    expect(again.edit.decisions).toEqual([])
  })

  it("keeps a reviewer's rejection of a majority version", () => {
    const layers = three()
    const groups = groupCandidates(layers)
    const commitmentGroup = groups.find((group) => group.kind === 'label')!
    const rejected = applyGoldEdit(EMPTY_GOLD, rejectGroup(commitmentGroup, EMPTY_GOLD, context()))
    const outcome = majorityEdit(groups, 3, rejected, context())
    expect([outcome.added, outcome.alreadyPresent, outcome.overruled]).toEqual([1, 0, 1])
    expect(outcome.edit.spans.created.map((span) => span.text)).toEqual(['12%'])
  })
})
