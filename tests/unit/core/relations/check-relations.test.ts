import { describe, expect, it } from 'vitest'

import { relationProblem } from '../../../../src-main/core/relations/check-relations'
import { DEFAULT_RELATION_TYPES } from '../../../../src-main/core/relations/relation-types'
import { makeRelation } from './make-relation'

const spans = new Set(['s1', 's2'])
const exists = (id: string): boolean => spans.has(id)
const none = new Set<string>()

describe('relationProblem', () => {
  it('accepts a relation of a known type between two existing spans', () => {
    const made = makeRelation('r1', 's1', 's2', 'made-by')
    expect(relationProblem([made], [made], none, exists, DEFAULT_RELATION_TYPES)).toBeNull()
  })

  it('refuses a type the project does not define, naming the types it has', () => {
    const made = makeRelation('r1', 's1', 's2', 'contradicts')
    expect(relationProblem([made], [made], none, exists, DEFAULT_RELATION_TYPES)).toBe(
      'relation r1 has the type "contradicts", which this project does not define (its types: "supports", "made by", "quantifies")',
    )
  })

  it('refuses an end that is not a span of the file', () => {
    const made = makeRelation('r1', 's1', 'ghost')
    expect(relationProblem([made], [made], none, exists, DEFAULT_RELATION_TYPES)).toBe(
      'relation r1 points at span ghost, which does not exist',
    )
  })

  it('refuses a relation from a span to itself', () => {
    const made = makeRelation('r1', 's1', 's1')
    expect(relationProblem([made], [made], none, exists, DEFAULT_RELATION_TYPES)).toBe(
      'relation r1 links span s1 to itself',
    )
  })

  it('refuses deleting a span while a relation still points at it', () => {
    const kept = makeRelation('r1', 's1', 's2')
    expect(relationProblem([kept], [], new Set(['s2']), exists, DEFAULT_RELATION_TYPES)).toBe(
      'span s2 is deleted but relation r1 still points at it',
    )
  })
})
