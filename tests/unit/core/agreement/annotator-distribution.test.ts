import { describe, expect, it } from 'vitest'

import { annotatorDistribution } from '../../../../src-main/core/agreement/annotator-distribution'
import { DEFAULT_LABELS } from '../../../../src-main/core/labels/label'

describe('label distribution per annotator', () => {
  it('lines every annotator up on the label set, 0 where they have none', () => {
    expect(
      annotatorDistribution(DEFAULT_LABELS, [
        { annotator: 'ann', counts: [{ label: 'commitment', spans: 2 }] },
        {
          annotator: 'bob',
          counts: [
            { label: 'claim', spans: 1 },
            { label: 'commitment', spans: 3 },
          ],
        },
      ]),
    ).toEqual({
      labels: [
        { id: 'commitment', name: 'Commitment' },
        { id: 'statistic', name: 'Statistic' },
        { id: 'claim', name: 'Claim' },
      ],
      series: [
        { annotator: 'ann', spans: [2, 0, 0] },
        { annotator: 'bob', spans: [3, 0, 1] },
      ],
    })
  })

  it('adds a label the set no longer has, by its id, when some annotator still uses it', () => {
    expect(
      annotatorDistribution(DEFAULT_LABELS.slice(0, 1), [
        { annotator: 'ann', counts: [{ label: 'hedge', spans: 4 }] },
        { annotator: 'bob', counts: [] },
      ]),
    ).toEqual({
      labels: [
        { id: 'commitment', name: 'Commitment' },
        { id: 'hedge', name: 'hedge' },
      ],
      series: [
        { annotator: 'ann', spans: [0, 4] },
        { annotator: 'bob', spans: [0, 0] },
      ],
    })
  })

  it('has no series when no annotator is chosen', () => {
    expect(annotatorDistribution(DEFAULT_LABELS, []).series).toEqual([])
  })
})
