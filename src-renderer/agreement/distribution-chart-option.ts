import type { LabelBar } from '@core/spans/label-distribution'

import { categoryAxisStyle, INK, textStyle, tooltipBase, valueAxisStyle } from './chart-theme'
import type { ChartOption } from './chart-types'

/** One horizontal bar per label, in the label's own colour, its count at the end. */
export function distributionChartOption(bars: readonly LabelBar[]): ChartOption {
  return {
    textStyle,
    animation: false,
    grid: { left: 110, right: 36, top: 8, bottom: 24 },
    tooltip: { ...tooltipBase, trigger: 'axis', axisPointer: { type: 'shadow' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((bar) => bar.name),
      ...categoryAxisStyle,
    },
    xAxis: { type: 'value', minInterval: 1, ...valueAxisStyle },
    series: [
      {
        type: 'bar' as const,
        name: 'Spans',
        barMaxWidth: 20,
        label: { show: true, position: 'right' as const, color: INK },
        data: bars.map((bar) => ({ value: bar.spans, itemStyle: { color: bar.color } })),
      },
    ],
  }
}
