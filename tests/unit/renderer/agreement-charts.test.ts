import { describe, expect, it } from 'vitest'

import { computeAgreement } from '../../../src-main/core/agreement/compute-agreement'
import { DEFAULT_LABELS } from '../../../src-main/core/labels/label'
import { confusionChartOption } from '../../../src-renderer/agreement/confusion-chart-option'
import { labelChartOption } from '../../../src-renderer/agreement/label-chart-option'
import { progressChartOption } from '../../../src-renderer/agreement/progress-chart-option'

const TEXT = 'Ministers pledged 40 new ferries.'
const at = (phrase: string, label: string) => {
  const start = TEXT.indexOf(phrase)
  return { start, end: start + phrase.length, label }
}
// ann: a Commitment; bob: a shorter Commitment with a Statistic inside (figures in the core tests).
const report = computeAgreement({
  annotators: ['ann', 'bob'],
  labels: DEFAULT_LABELS,
  documents: [
    {
      docId: 'd1',
      text: TEXT,
      layers: new Map([
        ['ann', [at('pledged 40 new ferries', 'commitment')]],
        ['bob', [at('pledged 40 new', 'commitment'), at('40', 'statistic')]],
      ]),
    },
  ],
})

type Series = { name: string; data: unknown[] }
type Formatter = (params: unknown) => string

describe('the per-label bar chart', () => {
  const option = labelChartOption(report)
  const series = option.series as Series[]

  it('has a bar per label for alpha, strict and relaxed span F1, and none for an undefined one', () => {
    expect(series.map((one) => [one.name, one.data])).toEqual([
      ["Krippendorff's α", [24 / 35, 0, '-']],
      ['Span F1 strict', [0, 0, '-']],
      ['Span F1 relaxed', [1, 0, '-']],
    ])
  })

  it('says under a label with no figure at all that it is undefined', () => {
    const axis = option.xAxis as { axisLabel: { formatter: (label: string) => string } }
    expect(['Commitment', 'Claim'].map(axis.axisLabel.formatter)).toEqual([
      'Commitment',
      'Claim\n(undefined)',
    ])
  })

  it("gives the label's figures in the tooltip, an undefined one with its reason", () => {
    const tooltip = option.tooltip as { formatter: Formatter }
    expect(tooltip.formatter([{ dataIndex: 2 }])).toBe(
      [
        'Claim',
        "Krippendorff's α: undefined (every token is outside every Claim span for every annotator, so there is no variation to agree on)",
        'Span F1 strict: undefined (neither annotator has a Claim span in the documents they share)',
        'Span F1 relaxed: undefined (neither annotator has a Claim span in the documents they share)',
      ].join('\n'),
    )
  })

  it('keeps the value axis from 0 to 1 unless a figure falls below 0', () => {
    expect(option.yAxis).toMatchObject({ min: 0, max: 1 })
  })
})

describe('the confusion heat map', () => {
  const matrix = {
    labels: report.labels,
    counts: [
      [1, 0, 0],
      [2, 0, 0],
      [0, 0, 0],
    ],
    rows: 'ann’s label',
    columns: 'bob’s label',
  }

  it('has one cell per pair of labels, [column, row, count]', () => {
    const [heatmap] = confusionChartOption(matrix).series as Series[]
    expect(heatmap?.data).toEqual([
      [0, 0, 1],
      [1, 0, 0],
      [2, 0, 0],
      [0, 1, 2],
      [1, 1, 0],
      [2, 1, 0],
      [0, 2, 0],
      [1, 2, 0],
      [2, 2, 0],
    ])
  })

  it('names both labels and the kind of overlap in the tooltip', () => {
    const tooltip = confusionChartOption(matrix).tooltip as { formatter: Formatter }
    expect(tooltip.formatter({ value: [0, 1, 2] })).toBe(
      'ann’s label: Statistic\nbob’s label: Commitment\n2 overlapping pairs (a label conflict)',
    )
  })
})

describe('the progress chart', () => {
  it('stacks each annotator’s documents done, in progress and to do', () => {
    const option = progressChartOption([
      { annotator: 'ann', todo: 1, inProgress: 2, done: 3, spans: 9 },
      { annotator: 'bob', todo: 4, inProgress: 0, done: 2, spans: 5 },
    ])
    expect((option.series as Series[]).map((one) => [one.name, one.data])).toEqual([
      ['Done', [3, 2]],
      ['In progress', [2, 0]],
      ['To do', [1, 4]],
    ])
    expect(option.yAxis).toMatchObject({ data: ['ann', 'bob'] })
  })
})
