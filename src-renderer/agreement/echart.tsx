import type { EChartsType } from 'echarts/core'
import { useEffect, useRef } from 'react'

import { useDarkTheme } from '../comfort/use-dark-theme'
import { initChart } from './chart-setup'
import { DARK_INK } from './chart-theme'
import type { ChartOption } from './chart-types'
import { recolourOption } from './recolour-option'

interface EChartProps {
  readonly option: ChartOption
  /** Height in pixels; the chart takes the width of its container. */
  readonly height: number
  /** What the chart shows, for screen readers (the tables beside it hold the numbers). */
  readonly label: string
  readonly testId?: string
}

/** One Apache ECharts chart (SVG), redrawn when `option` changes and resized with its box. */
export function EChart({ option, height, label, testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<EChartsType | null>(null)

  useEffect(() => {
    const element = box.current
    if (!element) return
    const instance = initChart(element, null, { renderer: 'svg' })
    chart.current = instance
    const observer = new ResizeObserver(() => instance.resize())
    observer.observe(element)
    return () => {
      observer.disconnect()
      instance.dispose()
      chart.current = null
    }
  }, [])

  const dark = useDarkTheme()
  useEffect(() => {
    chart.current?.setOption(dark ? recolourOption(option, DARK_INK) : option, { notMerge: true })
  }, [option, dark])

  return (
    <div
      ref={box}
      className="chart"
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ height }}
    />
  )
}
