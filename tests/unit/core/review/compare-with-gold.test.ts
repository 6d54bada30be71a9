import { describe, expect, it } from 'vitest'

import { compareWithGold } from '../../../../src-main/core/review/compare-with-gold'
import { on } from './review-fixture'

const kinds = (
  mine: Parameters<typeof compareWithGold>[0],
  gold: Parameters<typeof compareWithGold>[1],
) =>
  compareWithGold(mine, gold).differences.map(
    (d) => `${d.kind} ${d.mine?.text ?? '-'} | ${d.gold?.text ?? '-'}`,
  )

describe('compareWithGold', () => {
  it('finds no difference when gold keeps exactly the annotator’s spans', () => {
    const spans = [on('12%', 'statistic'), on('visa checks', 'claim')]
    const result = compareWithGold(
      spans,
      spans.map((span) => ({ ...span, id: `g-${span.id}` })),
    )
    expect(result.differences).toEqual([])
    expect(result.score).toEqual({ matched: 2, mine: 2, gold: 2, precision: 1, recall: 1, f1: 1 })
  })

  it('tells relabelled, moved, added and removed spans apart, in text order', () => {
    const mine = [
      on('will expand visa checks', 'claim'),
      on('rose 12%', 'statistic'),
      on('officials said', 'claim'),
    ]
    const gold = [
      on('will expand visa checks', 'commitment'),
      on('12% to 76,000', 'statistic'),
      on('last year', 'claim'),
    ]
    expect(kinds(mine, gold)).toEqual([
      'relabelled will expand visa checks | will expand visa checks',
      'moved rose 12% | 12% to 76,000',
      'added - | last year',
      'removed officials said | -',
    ])
  })

  it('scores the annotator against gold, overall and per label', () => {
    const mine = [on('12%', 'statistic'), on('76,000', 'statistic'), on('visa checks', 'claim')]
    const gold = [on('12%', 'statistic'), on('visa checks', 'commitment')]
    const result = compareWithGold(mine, gold)
    expect(result.score).toEqual({
      matched: 1,
      mine: 3,
      gold: 2,
      precision: 1 / 3,
      recall: 0.5,
      f1: 0.4,
    })
    expect(result.perLabel).toEqual({
      claim: { matched: 0, mine: 1, gold: 0, precision: 0, recall: null, f1: 0 },
      commitment: { matched: 0, mine: 0, gold: 1, precision: null, recall: 0, f1: 0 },
      statistic: { matched: 1, mine: 2, gold: 1, precision: 0.5, recall: 1, f1: 2 / 3 },
    })
  })

  it('has no score to give when neither side has spans', () => {
    expect(compareWithGold([], []).score).toEqual({
      matched: 0,
      mine: 0,
      gold: 0,
      precision: null,
      recall: null,
      f1: null,
    })
  })
})
