import { describe, expect, it } from 'vitest'

import { conflictLayerName, machineLabel } from '../../../../src-main/core/sync/machine-name'

describe('the machine’s name in a conflict layer', () => {
  it('lower-cases the host name and drops a .local suffix', () => {
    expect(machineLabel('Alices-MacBook-Pro.local')).toBe('alices-macbook-pro')
  })

  it('turns characters a folder name cannot hold into dashes', () => {
    expect(machineLabel('ÉQUIPE PC#2')).toBe('quipe-pc-2')
  })

  it('cuts a long host name to 24 characters without a trailing dash', () => {
    expect(machineLabel('analysis-workstation-number-seven')).toBe('analysis-workstation-num')
    expect(machineLabel('analysis-workstation-nu-seven')).toBe('analysis-workstation-nu')
  })

  it('says machine when nothing usable is left', () => {
    expect(machineLabel('日本')).toBe('machine')
  })

  it('names the layer <name>-conflict-<machine>', () => {
    expect(conflictLayerName('alice', 'alice-home')).toBe('alice-conflict-alice-home')
  })

  it('makes the gold set an ordinary layer review can compare', () => {
    expect(conflictLayerName('_gold', 'laptop')).toBe('gold-conflict-laptop')
  })

  it('keeps the whole name within 64 characters', () => {
    const name = conflictLayerName('a'.repeat(64), 'laptop')
    expect(name).toBe(`${'a'.repeat(48)}-conflict-laptop`)
    expect(name).toHaveLength(64)
  })
})
