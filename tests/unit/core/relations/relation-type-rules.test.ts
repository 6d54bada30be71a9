import { describe, expect, it } from 'vitest'

import { relationTypesProblem } from '../../../../src-main/core/relations/relation-type-rules'
import {
  DEFAULT_RELATION_TYPES,
  relationTypeShown,
} from '../../../../src-main/core/relations/relation-types'

const type = (id: string, name = id) => ({ id, name })

describe('the rules for a project’s relation types', () => {
  it('accepts the defaults, an empty list and twenty types', () => {
    expect(relationTypesProblem(DEFAULT_RELATION_TYPES)).toBeNull()
    expect(relationTypesProblem([])).toBeNull()
    const twenty = Array.from({ length: 20 }, (_, i) => type(`t${i}`))
    expect(relationTypesProblem(twenty)).toBeNull()
  })

  it.each([
    [[type('a', '  ')], 'A relation type needs a name.'],
    [
      [type('supports'), type('supports-2', 'Supports')],
      'Two relation types are named "Supports" and "supports".',
    ],
    [[type('a', 'cites'), type('b', 'cites')], 'Two relation types are named "cites".'],
    [[type('a', 'cites'), type('a', 'quotes')], 'Two relation types have the id "a".'],
    [
      Array.from({ length: 21 }, (_, i) => type(`t${i}`)),
      'A project can have at most 20 relation types.',
    ],
  ])('refuses %j: %s', (types, problem) => {
    expect(relationTypesProblem(types)).toBe(problem)
  })
})

describe('a relation type as the analyst sees it', () => {
  it('is its name while the project defines it', () => {
    expect(relationTypeShown(DEFAULT_RELATION_TYPES, 'made-by')).toBe('made by')
  })

  it('is its id marked not defined once the project has dropped it', () => {
    expect(relationTypeShown(DEFAULT_RELATION_TYPES, 'contradicts')).toBe(
      'contradicts (not defined)',
    )
  })
})
