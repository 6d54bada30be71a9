import { describe, expect, it } from 'vitest'

import {
  attributeProblem,
  editedAttributeProblem,
} from '../../../../src-main/core/labels/attribute-problems'
import { DEFAULT_LABELS, type Label } from '../../../../src-main/core/labels/label'

const commitment: Label = {
  ...(DEFAULT_LABELS[0] as Label),
  attributes: [
    { name: 'actor', kind: 'text' },
    { name: 'strength', kind: 'choice', values: ['firm', 'hedged'] },
    { name: 'quoted', kind: 'yes-no' },
  ],
}

describe('attributeProblem', () => {
  it.each([
    ['strength', 'hedged'],
    ['actor', 'Home Secretary'],
    ['quoted', true],
    ['quoted', false],
  ] as const)('accepts %s = %j', (name, value) => {
    expect(attributeProblem(commitment, name, value)).toBeNull()
  })

  it.each([
    ['strength', 'vague', '"vague" is not one of the values of "strength" (firm, hedged)'],
    ['strength', true, 'true is not one of the values of "strength" (firm, hedged)'],
    ['actor', 3, '"actor" takes text, not 3'],
    ['quoted', 'yes', '"quoted" is yes or no, not "yes"'],
    ['unit', 'km', 'the label "Commitment" has no attribute "unit"'],
  ] as const)('refuses %s = %j', (name, value, problem) => {
    expect(attributeProblem(commitment, name, value)).toBe(problem)
  })

  it('finds no attribute on a label from an older project (no definitions)', () => {
    expect(attributeProblem(DEFAULT_LABELS[1] as Label, 'unit', 'km')).toBe(
      'the label "Statistic" has no attribute "unit"',
    )
  })
})

describe('editedAttributeProblem', () => {
  it('judges every value of a new span', () => {
    expect(editedAttributeProblem(commitment, { actor: 'UK', strength: 'vague' })).toBe(
      '"vague" is not one of the values of "strength" (firm, hedged)',
    )
  })

  it('lets an update keep a value whose definition is gone', () => {
    expect(
      editedAttributeProblem(commitment, { period: '2023', strength: 'firm' }, { period: '2023' }),
    ).toBeNull()
  })

  it('judges a value an update changes', () => {
    expect(editedAttributeProblem(commitment, { period: '2024' }, { period: '2023' })).toBe(
      'the label "Commitment" has no attribute "period"',
    )
  })
})
