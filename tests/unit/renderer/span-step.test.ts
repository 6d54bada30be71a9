import type { Span } from '@core/spans/span'
import { describe, expect, it } from 'vitest'

import { steppedSpan } from '../../../src-renderer/state/span-step'

const span = (id: string, start: number): Span => ({
  id,
  start,
  end: start + 3,
  label: 'claim',
  text: 'abc',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
})

const SPANS = [span('a', 0), span('b', 10), span('c', 20)]

describe('steppedSpan', () => {
  it.each([
    [-1, 1, 'a'],
    [-1, -1, 'c'],
    [0, 1, 'b'],
    [1, -1, 'a'],
    [2, 1, 'c'],
    [0, -1, 'a'],
  ] as const)('from index %i by %i is %s', (from, by, expected) => {
    expect(steppedSpan(SPANS, from, by)?.id).toBe(expected)
  })

  it('is null when the document has no spans', () => {
    expect(steppedSpan([], -1, 1)).toBeNull()
  })
})
