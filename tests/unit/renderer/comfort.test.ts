// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'

import { DARK_INK, INK, MUTED } from '../../../src-renderer/agreement/chart-theme'
import { recolourOption } from '../../../src-renderer/agreement/recolour-option'
import { applyPreferences, zoomKeyOf } from '../../../src-renderer/comfort/apply-preferences'

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init)

describe('the text-size keys', () => {
  it('are Ctrl or Cmd with + (or =), − and 0', () => {
    expect([
      zoomKeyOf(key({ key: '=', ctrlKey: true })),
      zoomKeyOf(key({ key: '+', metaKey: true, shiftKey: true })),
      zoomKeyOf(key({ key: '-', ctrlKey: true })),
      zoomKeyOf(key({ key: '0', metaKey: true })),
    ]).toEqual(['in', 'in', 'out', 'reset'])
  })

  it('leave the same keys alone without Ctrl/Cmd, or with Alt', () => {
    expect([
      zoomKeyOf(key({ key: '0' })),
      zoomKeyOf(key({ key: '=', ctrlKey: true, altKey: true })),
      zoomKeyOf(key({ key: '1', ctrlKey: true })),
    ]).toEqual([null, null, null])
  })
})

describe('applyPreferences', () => {
  it('puts theme, width and text size on the root element for the style sheets', () => {
    const root = document.createElement('html')
    applyPreferences(root, { theme: 'dark', textZoom: 1.5, wideText: true, hintsDone: false })
    expect([
      root.dataset.theme,
      root.dataset.textWidth,
      root.style.getPropertyValue('--text-zoom'),
    ]).toEqual(['dark', 'wide', '1.5'])
  })
})

describe('recolourOption', () => {
  it('swaps the chart ink for the dark theme at any depth, keeping formatters', () => {
    const formatter = (value: number) => `${value}%`
    const option = {
      textStyle: { color: INK },
      yAxis: [{ axisLabel: { color: MUTED, formatter } }],
      series: [{ itemStyle: { color: '#2f6fde' }, data: [1, 2] }],
    }
    expect(recolourOption(option, DARK_INK)).toEqual({
      textStyle: { color: '#e3e7ec' },
      yAxis: [{ axisLabel: { color: '#a7b0bc', formatter } }],
      series: [{ itemStyle: { color: '#2f6fde' }, data: [1, 2] }],
    })
  })
})
