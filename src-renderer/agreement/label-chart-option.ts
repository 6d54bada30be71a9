import type { AgreementReport } from '@core/agreement/agreement-report'
import type { TooltipComponentFormatterCallbackParams as TooltipParams } from 'echarts'

import {
  categoryAxisStyle,
  FIGURE_COLOURS,
  textStyle,
  tooltipBase,
  valueAxisStyle,
} from './chart-theme'
import type { ChartOption } from './chart-types'
import { figureText, figureWithReason } from './figure-text'

/** The three per-label figures the bar chart shows, in legend order. */
export const LABEL_FIGURES = [
  { key: 'krippendorffAlpha', name: "Krippendorff's α", colour: FIGURE_COLOURS.alpha },
  { key: 'spanF1Strict', name: 'Span F1 strict', colour: FIGURE_COLOURS.strict },
  { key: 'spanF1Relaxed', name: 'Span F1 relaxed', colour: FIGURE_COLOURS.relaxed },
] as const

type LabelFigureKey = (typeof LABEL_FIGURES)[number]['key']

function labelFigure(report: AgreementReport, label: string, key: LabelFigureKey) {
  const figures = report.perLabel[label]
  if (figures === undefined) return { value: null, reason: 'no figures for this label' }
  return { value: figures[key], reason: figures[`${key}Reason`] }
}

/**
 * Bars per label: alpha (binary, inside a span of the label or not) and span F1 strict and
 * relaxed. An undefined figure has no bar; the tooltip says "undefined" and why.
 */
export function labelChartOption(report: AgreementReport): ChartOption {
  const values = report.labels.flatMap((label) =>
    LABEL_FIGURES.map((figure) => labelFigure(report, label, figure.key).value ?? 0),
  )
  // Alpha can fall below 0 (worse than chance); keep 0 in view either way.
  const low = Math.min(0, Math.floor(Math.min(...values, 0) * 4) / 4)
  return {
    textStyle,
    animation: false,
    grid: { left: 44, right: 12, top: 36, bottom: 40 },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle },
    tooltip: {
      ...tooltipBase,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: TooltipParams) => {
        const first = Array.isArray(params) ? params[0] : params
        const label = report.labels[first?.dataIndex ?? -1] ?? ''
        return [
          label,
          ...LABEL_FIGURES.map((figure) => {
            const { value, reason } = labelFigure(report, label, figure.key)
            return `${figure.name}: ${figureWithReason(value, reason)}`
          }),
        ].join('\n')
      },
    },
    xAxis: {
      type: 'category',
      data: [...report.labels],
      ...categoryAxisStyle,
      axisLabel: {
        ...categoryAxisStyle.axisLabel,
        lineHeight: 15,
        // A label with no figure at all has no bars: say so under its name.
        formatter: (label: string) =>
          LABEL_FIGURES.every((figure) => labelFigure(report, label, figure.key).value === null)
            ? `${label}\n(undefined)`
            : label,
      },
    },
    yAxis: { type: 'value', min: low, max: 1, interval: 0.25, ...valueAxisStyle },
    series: LABEL_FIGURES.map((figure) => ({
      type: 'bar' as const,
      name: figure.name,
      itemStyle: { color: figure.colour },
      barMaxWidth: 28,
      // With many labels the bars narrow: figures that would collide are left to the table.
      labelLayout: { hideOverlap: true },
      label: {
        show: true,
        position: 'top' as const,
        fontSize: 10,
        color: '#5e6875',
        formatter: ({ value }: { value: unknown }) =>
          typeof value === 'number' ? figureText(value) : '',
      },
      // '-' is ECharts' "no value": no bar, rather than a bar at 0 that would read as a figure.
      data: report.labels.map((label) => labelFigure(report, label, figure.key).value ?? '-'),
    })),
  }
}
