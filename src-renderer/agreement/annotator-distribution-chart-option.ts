import type { AnnotatorDistribution } from '@core/agreement/annotator-distribution'

import { categoryAxisStyle, textStyle, tooltipBase, valueAxisStyle } from './chart-theme'
import type { ChartOption } from './chart-types'

// Annotators are told apart by colour alone: a colour-blind-safe set (Okabe–Ito), repeated.
const ANNOTATOR_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00']

/** One bar series per annotator, grouped by label, so who uses which label more stands out. */
export function annotatorDistributionChartOption(data: AnnotatorDistribution): ChartOption {
  return {
    textStyle,
    animation: false,
    grid: { left: 110, right: 36, top: 30, bottom: 24 },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle },
    tooltip: { ...tooltipBase, trigger: 'axis', axisPointer: { type: 'shadow' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.labels.map((label) => label.name),
      ...categoryAxisStyle,
    },
    xAxis: { type: 'value', minInterval: 1, ...valueAxisStyle },
    series: data.series.map((row, k) => ({
      type: 'bar' as const,
      name: row.annotator,
      barMaxWidth: 14,
      itemStyle: { color: ANNOTATOR_COLOURS[k % ANNOTATOR_COLOURS.length] },
      data: [...row.spans],
    })),
  }
}
