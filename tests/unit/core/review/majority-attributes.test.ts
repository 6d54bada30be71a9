import { describe, expect, it } from 'vitest'

import { indexDecisions } from '../../../../src-main/core/review/decisions'
import { applyGoldEdit, EMPTY_GOLD } from '../../../../src-main/core/review/gold-edit'
import { groupCandidates } from '../../../../src-main/core/review/group-candidates'
import { majorityEdit } from '../../../../src-main/core/review/majority'
import { reviewProgress } from '../../../../src-main/core/review/review-progress'
import type { ReviewLayer } from '../../../../src-main/core/review/review-layer'
import { context, layer, on } from './review-fixture'

const commitment = (attributes: Record<string, string>) => ({
  ...on('will expand visa checks', 'commitment'),
  attributes,
})

/** Each annotator's strength for the same commitment (same range, same label). */
const strengths = (...values: readonly [annotator: string, strength: string][]): ReviewLayer[] =>
  values.map(([annotator, strength]) => layer(annotator, commitment({ strength })))

const majorityGold = (layers: readonly ReviewLayer[]) => {
  const groups = groupCandidates(layers)
  const outcome = majorityEdit(groups, layers.length, EMPTY_GOLD, context())
  const gold = applyGoldEdit(EMPTY_GOLD, outcome.edit)
  return { groups, outcome, gold }
}

describe('majority adjudication of an attribute conflict', () => {
  it('takes the values more than half the annotators gave, not the first annotator’s', () => {
    const { groups, outcome, gold } = majorityGold(
      strengths(['alice', 'hedged'], ['bob', 'firm'], ['dan', 'firm']),
    )
    expect(groups.map((group) => group.kind)).toEqual(['attribute'])
    expect([outcome.added, outcome.alreadyPresent, outcome.overruled]).toEqual([1, 0, 0])
    expect(
      gold.spans.map((span) => [
        span.label,
        span.attributes,
        span.review?.method,
        span.review?.from,
      ]),
    ).toEqual([['commitment', { strength: 'firm' }, 'majority', ['alice', 'bob', 'dan']]])
    expect(gold.decisions.map((d) => `${d.label} ${d.verdict} ${d.method}`)).toEqual([
      'commitment accepted majority',
    ])
  })

  it('leaves it open for the adjudicator when no set of values has a majority', () => {
    const { groups, outcome, gold } = majorityGold(
      strengths(['alice', 'hedged'], ['bob', 'firm'], ['dan', 'vague'], ['eve', 'firm']),
    )
    expect([outcome.added, outcome.alreadyPresent, outcome.overruled]).toEqual([0, 0, 0])
    expect(outcome.edit).toEqual({
      spans: { created: [], updated: [], deleted: [] },
      decisions: [],
    })
    expect(reviewProgress(groups, indexDecisions(gold.decisions)).open).toEqual({
      agreed: 0,
      attribute: 1,
      label: 0,
      boundary: 0,
      missing: 0,
    })
  })

  it('with two annotators who differ, takes neither side', () => {
    const { outcome } = majorityGold(strengths(['alice', 'hedged'], ['bob', 'firm']))
    expect(outcome.edit.spans.created).toEqual([])
    expect(outcome.edit.decisions).toEqual([])
  })

  it('counts a missing value as a value of its own: two without strength outvote one with', () => {
    const { gold } = majorityGold([
      layer('alice', commitment({ strength: 'firm' })),
      layer('bob', on('will expand visa checks', 'commitment')),
      layer('dan', on('will expand visa checks', 'commitment')),
    ])
    expect(gold.spans.map((span) => [span.label, span.attributes])).toEqual([
      ['commitment', undefined],
    ])
  })

  it('within a boundary conflict, takes a majority range only with its majority values', () => {
    const { gold } = majorityGold([
      layer('alice', commitment({ strength: 'firm' })),
      layer('bob', commitment({ strength: 'hedged' })),
      layer('dan', on('visa checks', 'commitment')),
    ])
    // Alice and Bob share the range but not the strength: no version has a majority.
    expect(gold.spans).toEqual([])
    expect(gold.decisions).toEqual([])
  })
})
