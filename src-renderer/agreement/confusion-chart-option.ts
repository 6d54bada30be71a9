import type { TooltipComponentFormatterCallbackParams as TooltipParams } from 'echarts'

import {
  categoryAxisStyle,
  CHART_FONT,
  FIGURE_COLOURS,
  HEAT_LOW,
  MUTED,
  textStyle,
  tooltipBase,
} from './chart-theme'
import type { ChartOption } from './chart-types'

/** A confusion matrix to draw: rows and columns in `labels` order, and what each axis is. */
export interface ConfusionMatrix {
  readonly labels: readonly string[]
  readonly counts: readonly (readonly number[])[]
  /** Whose labels the rows and the columns are ("ann's label", or "one annotator"). */
  readonly rows: string
  readonly columns: string
}

const pairs = (count: number) => `${count} overlapping pair${count === 1 ? '' : 's'}`

/**
 * A heat map of overlapping spans by label: the diagonal where the annotators gave the same
 * label, the rest where they gave different ones (label conflicts). Each cell shows its count.
 */
export function confusionChartOption(matrix: ConfusionMatrix): ChartOption {
  const cells = matrix.counts.flatMap((row, r) => row.map((count, c) => [c, r, count]))
  const highest = Math.max(1, ...cells.map((cell) => cell[2] ?? 0))
  return {
    textStyle,
    animation: false,
    grid: { left: 96, right: 16, top: 12, bottom: 54 },
    tooltip: {
      ...tooltipBase,
      trigger: 'item',
      formatter: (params: TooltipParams) => {
        const item = Array.isArray(params) ? params[0] : params
        const [c, r, count] = (item?.value as number[] | undefined) ?? []
        const row = matrix.labels[r ?? -1] ?? ''
        const column = matrix.labels[c ?? -1] ?? ''
        const kind = r === c ? 'the same label' : 'a label conflict'
        return `${matrix.rows}: ${row}\n${matrix.columns}: ${column}\n${pairs(count ?? 0)} (${kind})`
      },
    },
    xAxis: {
      type: 'category',
      data: [...matrix.labels],
      name: matrix.columns,
      nameLocation: 'middle',
      nameGap: 32,
      nameTextStyle: { color: MUTED, fontFamily: CHART_FONT },
      splitArea: { show: false },
      ...categoryAxisStyle,
    },
    yAxis: {
      type: 'category',
      data: [...matrix.labels],
      inverse: true,
      name: matrix.rows,
      nameLocation: 'middle',
      nameGap: 84,
      nameTextStyle: { color: MUTED, fontFamily: CHART_FONT },
      ...categoryAxisStyle,
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: highest,
      show: false,
      inRange: { color: [HEAT_LOW, FIGURE_COLOURS.alpha] },
    },
    series: [
      {
        type: 'heatmap',
        data: cells,
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        label: {
          show: true,
          fontFamily: CHART_FONT,
          formatter: ({ value }: { value: unknown }) => String((value as number[])[2] ?? ''),
        },
        emphasis: { itemStyle: { borderColor: '#1d2127', borderWidth: 1 } },
      },
    ],
  }
}
