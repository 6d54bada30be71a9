import { describe, expect, it } from 'vitest'

import { annotatorDistributionChartOption } from '../../../src-renderer/agreement/annotator-distribution-chart-option'

type Series = { name: string; data: unknown[]; itemStyle: { color: string } }

describe('the labels-per-annotator chart', () => {
  it('draws one bar series per annotator over the labels, each in its own colour', () => {
    const option = annotatorDistributionChartOption({
      labels: [
        { id: 'commitment', name: 'Commitment' },
        { id: 'statistic', name: 'Statistic' },
      ],
      series: [
        { annotator: 'ann', spans: [2, 0] },
        { annotator: 'bob', spans: [3, 1] },
      ],
    })
    expect((option.yAxis as { data: unknown }).data).toEqual(['Commitment', 'Statistic'])
    expect(
      (option.series as Series[]).map(({ name, data, itemStyle }) => ({
        name,
        data,
        color: itemStyle.color,
      })),
    ).toEqual([
      { name: 'ann', data: [2, 0], color: '#0072b2' },
      { name: 'bob', data: [3, 1], color: '#e69f00' },
    ])
  })
})
