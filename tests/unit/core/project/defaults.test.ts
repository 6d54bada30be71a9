import { describe, expect, it } from 'vitest'

import { DEFAULT_LABELS } from '../../../../src-main/core/labels/label'
import { defaultProjectFile } from '../../../../src-main/core/project/defaults'

describe('defaultProjectFile', () => {
  it('has version 1, the default labels and word snapping on', () => {
    expect(defaultProjectFile('Channel crossings')).toEqual({
      version: 1,
      name: 'Channel crossings',
      labels: DEFAULT_LABELS,
      settings: { snapToWords: true },
    })
  })

  it('trims the name and names an unnamed project "Gloss project"', () => {
    expect([defaultProjectFile('  Ferries ').name, defaultProjectFile('  ').name]).toEqual([
      'Ferries',
      'Gloss project',
    ])
  })

  it('gives each project its own label objects', () => {
    expect(defaultProjectFile('a').labels[0]).not.toBe(DEFAULT_LABELS[0])
  })
})
