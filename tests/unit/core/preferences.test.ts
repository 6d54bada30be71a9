import { describe, expect, it } from 'vitest'

import { nextTextZoom } from '../../../src-main/core/preferences'

describe('nextTextZoom', () => {
  it('steps up through 110%, 125% to 150% from the standard size', () => {
    const seen: number[] = []
    let size = 1
    for (let press = 0; press < 3; press++) seen.push((size = nextTextZoom(size, 'in')))
    expect(seen).toEqual([1.1, 1.25, 1.5])
  })

  it('steps down to 90%, then 80%', () => {
    expect([nextTextZoom(1, 'out'), nextTextZoom(0.9, 'out')]).toEqual([0.9, 0.8])
  })

  it('stays at either end', () => {
    expect([nextTextZoom(2.5, 'in'), nextTextZoom(0.67, 'out')]).toEqual([2.5, 0.67])
  })

  it('moves a size between steps to the next step in that direction', () => {
    expect([nextTextZoom(1.3, 'in'), nextTextZoom(1.3, 'out')]).toEqual([1.5, 1.25])
  })

  it('resets to the standard size', () => {
    expect(nextTextZoom(2, 'reset')).toBe(1)
  })
})
