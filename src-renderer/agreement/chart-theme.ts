// The app's look (styles/base.css) in the terms ECharts takes; SVG text does not inherit CSS.
export const CHART_FONT =
  "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', sans-serif"

export const INK = '#1d2127'
export const MUTED = '#5e6875'
export const GRID_LINE = '#e6e9ee'
export const AXIS_LINE = '#c5cbd3'
/** The confusion heatmap's empty cells. */
export const HEAT_LOW = '#f4f6fa'

/** The three figures a label has, each with its own colour in every chart. */
export const FIGURE_COLOURS = {
  alpha: '#2f6fde',
  strict: '#1f8a4c',
  relaxed: '#9bc7a9',
} as const

export const STATUS_COLOURS = { done: '#1f8a4c', inProgress: '#e0a030', todo: '#c5cbd3' } as const

export const textStyle = { fontFamily: CHART_FONT, color: INK, fontSize: 12 }

/** Tooltips drawn by ECharts itself (rich text in the SVG): HTML ones would need inline styles. */
export const tooltipBase = {
  renderMode: 'richText' as const,
  backgroundColor: '#ffffff',
  borderColor: AXIS_LINE,
  borderWidth: 1,
  padding: [6, 9],
  textStyle: { fontFamily: CHART_FONT, color: INK, fontSize: 12 },
}

export const categoryAxisStyle = {
  axisLine: { lineStyle: { color: AXIS_LINE } },
  axisTick: { show: false },
  axisLabel: { color: MUTED, fontFamily: CHART_FONT },
}

export const valueAxisStyle = {
  axisLabel: { color: MUTED, fontFamily: CHART_FONT },
  splitLine: { lineStyle: { color: GRID_LINE } },
}

/** The same ink for the dark theme's surfaces (the dark values of styles/base.css). */
export const DARK_INK: Readonly<Record<string, string>> = {
  [INK]: '#e3e7ec',
  [MUTED]: '#a7b0bc',
  [GRID_LINE]: '#323842',
  [AXIS_LINE]: '#4a525e',
  [HEAT_LOW]: '#262b33',
  [tooltipBase.backgroundColor]: '#1c2027',
}
