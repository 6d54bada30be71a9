import type { AnnotatorProgress } from '@core/agreement/agreement-overview'

import {
  categoryAxisStyle,
  STATUS_COLOURS,
  textStyle,
  tooltipBase,
  valueAxisStyle,
} from './chart-theme'
import type { ChartOption } from './chart-types'

const STATUSES = [
  { key: 'done', name: 'Done', colour: STATUS_COLOURS.done },
  { key: 'inProgress', name: 'In progress', colour: STATUS_COLOURS.inProgress },
  { key: 'todo', name: 'To do', colour: STATUS_COLOURS.todo },
] as const

/** One stacked bar per annotator: their documents done, in progress and to do. */
export function progressChartOption(progress: readonly AnnotatorProgress[]): ChartOption {
  return {
    textStyle,
    animation: false,
    grid: { left: 90, right: 16, top: 30, bottom: 24 },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle },
    tooltip: { ...tooltipBase, trigger: 'axis', axisPointer: { type: 'shadow' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: progress.map((row) => row.annotator),
      ...categoryAxisStyle,
    },
    xAxis: { type: 'value', minInterval: 1, ...valueAxisStyle },
    series: STATUSES.map((status) => ({
      type: 'bar' as const,
      name: status.name,
      stack: 'documents',
      barMaxWidth: 22,
      itemStyle: { color: status.colour },
      label: {
        show: true,
        color: status.key === 'todo' ? '#1d2127' : '#ffffff',
        formatter: ({ value }: { value: unknown }) => (value === 0 ? '' : String(value)),
      },
      data: progress.map((row) => row[status.key]),
    })),
  }
}
