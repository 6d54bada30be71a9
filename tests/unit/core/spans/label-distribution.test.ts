import { describe, expect, it } from 'vitest'

import { DEFAULT_LABELS } from '../../../../src-main/core/labels/label'
import { labelDistribution } from '../../../../src-main/core/spans/label-distribution'

describe('the label distribution', () => {
  it('sums the documents, every label of the set in its order, 0 included', () => {
    const bars = labelDistribution(DEFAULT_LABELS, [
      [{ label: 'claim', spans: 2 }],
      [
        { label: 'claim', spans: 1 },
        { label: 'statistic', spans: 4 },
      ],
    ])
    expect(bars.map(({ id, name, spans }) => [id, name, spans])).toEqual([
      ['commitment', 'Commitment', 0],
      ['statistic', 'Statistic', 4],
      ['claim', 'Claim', 3],
    ])
  })

  it('adds labels the set does not know after it, by id, in grey', () => {
    const bars = labelDistribution(DEFAULT_LABELS.slice(0, 1), [
      [
        { label: 'topic', spans: 1 },
        { label: 'actor', spans: 2 },
      ],
    ])
    expect(bars).toEqual([
      { id: 'commitment', name: 'Commitment', color: '#2f7ed8', spans: 0 },
      { id: 'actor', name: 'actor', color: '#8a929c', spans: 2 },
      { id: 'topic', name: 'topic', color: '#8a929c', spans: 1 },
    ])
  })
})
