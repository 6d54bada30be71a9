import { describe, expect, it } from 'vitest'

import { DEFAULT_LABELS } from '../../../src-main/core/labels/label'
import {
  annotatorProblem,
  labelSetProblem,
  nextLabelDefaults,
} from '../../../src-renderer/settings/label-rules'

describe('annotatorProblem', () => {
  it.each(['lan', 'lan.nguyen', 'Nguyễn_Lan-2', 'Nguyễn'.normalize('NFD')])(
    'accepts %s',
    (name) => {
      expect(annotatorProblem(name)).toBeNull()
    },
  )

  it.each([
    ['', 'Enter a name.'],
    ['two words', 'Use only letters, digits, dot, dash or underscore (no spaces).'],
    ['a/b', 'Use only letters, digits, dot, dash or underscore (no spaces).'],
    ['_gold', 'The name may not start with _ or a dot.'],
    ['.hidden', 'The name may not start with _ or a dot.'],
    ['x'.repeat(65), 'Use at most 64 characters.'],
  ])('refuses %j: %s', (name, problem) => {
    expect(annotatorProblem(name)).toBe(problem)
  })
})

describe('labelSetProblem', () => {
  it('accepts the default labels', () => {
    expect(labelSetProblem(DEFAULT_LABELS)).toBeNull()
  })

  it('refuses a key two labels share, naming the label that has it', () => {
    const labels = DEFAULT_LABELS.map((l) => (l.id === 'claim' ? { ...l, hotkey: '1' } : l))
    expect(labelSetProblem(labels)).toBe('Key 1 is already used by “Commitment”.')
  })

  it('refuses two labels with the same name in any case, and an empty name', () => {
    const twice = [...DEFAULT_LABELS, { ...DEFAULT_LABELS[2]!, id: 'x', name: 'CLAIM', hotkey: '' }]
    expect(labelSetProblem(twice)).toBe('There are two labels named “CLAIM”.')
    expect(labelSetProblem([{ ...DEFAULT_LABELS[0]!, name: '  ' }])).toBe(
      'Every label needs a name.',
    )
  })

  it('lets several labels go without a key', () => {
    expect(labelSetProblem(DEFAULT_LABELS.map((l) => ({ ...l, hotkey: '' })))).toBeNull()
  })
})

describe('nextLabelDefaults', () => {
  it('offers the first unused colour and key', () => {
    expect(nextLabelDefaults(DEFAULT_LABELS)).toEqual({ color: '#2a9d5b', hotkey: '4' })
  })
})
