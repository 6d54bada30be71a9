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
