import { describe, expect, it } from 'vitest'

import { endpoints } from '../../../src-main/contract/endpoints'

const parse = (relationTypes: unknown) => endpoints.updateProject.input.safeParse({ relationTypes })
const problem = (relationTypes: unknown): string | undefined => {
  const parsed = parse(relationTypes)
  return parsed.success ? undefined : parsed.error.issues[0]?.message
}

describe('updateProject’s relation types', () => {
  it('passes a type with a description and trims its name', () => {
    const parsed = parse([{ id: 'contradicts', name: ' contradicts ', description: 'No.' }])
    expect(parsed.success && parsed.data.relationTypes).toEqual([
      { id: 'contradicts', name: 'contradicts', description: 'No.' },
    ])
  })

  it('refuses a field a relation type does not have', () => {
    expect(problem([{ id: 'a', name: 'a', color: '#fff' }])).toBe('Unrecognized key: "color"')
  })

  it('refuses a name that is empty once trimmed', () => {
    expect(problem([{ id: 'a', name: ' ' }])).toBe(
      'Too small: expected string to have >=1 characters',
    )
  })

  it('refuses more than twenty types', () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: `t${i}`, name: `t${i}` }))
    expect(problem(many)).toBe('A project can have at most 20 relation types')
  })
})
