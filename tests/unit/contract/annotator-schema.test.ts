import { describe, expect, it } from 'vitest'

import { annotatorSchema } from '../../../src-main/contract/schemas'

describe('annotatorSchema', () => {
  it('accepts a decomposed Vietnamese name and stores it composed', () => {
    expect(annotatorSchema.parse('Tra\u0302\u0300n')).toBe('Trần')
  })

  it('refuses the reserved gold folder name', () => {
    expect(annotatorSchema.safeParse('_gold').success).toBe(false)
  })

  it('refuses a name that would climb out of the annotations folder', () => {
    expect(annotatorSchema.safeParse('../alice').success).toBe(false)
  })
})

describe('annotatorSchema and Windows folder names', () => {
  it.each([
    ['CON', 'cannot be a folder name: "CON" is a device name on Windows'],
    ['lpt1', 'cannot be a folder name: "lpt1" is a device name on Windows'],
    ['aux.lan', 'cannot be a folder name: "aux" is a device name on Windows'],
    ['lan.', 'cannot be a folder name: it ends in a dot or a space, which Windows drops'],
  ])('refuses %j: %s', (name, message) => {
    const parsed = annotatorSchema.safeParse(name)
    expect(parsed.success ? null : parsed.error.issues.map((issue) => issue.message)).toEqual([
      message,
    ])
  })

  it('accepts a name that only starts like a device', () => {
    expect(annotatorSchema.parse('console')).toBe('console')
  })
})
