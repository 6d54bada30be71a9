import { describe, expect, it } from 'vitest'

import { layoutSpans } from '../../../../src-main/core/spans/span-layout'
import { tagMatches } from '../../../../src-main/core/spans/tag-matches'
import { makeSpan } from './make-span'

const TEXT = 'visa abuse, visa fees, visa'
const MATCHES = [
  { start: 0, end: 4 },
  { start: 12, end: 16 },
  { start: 23, end: 27 },
]
const NOW = '2026-03-01T09:00:00.000Z'

const stamp = () => {
  let n = 0
  return { newId: () => `new-${++n}`, now: NOW }
}

describe('tagMatches', () => {
  it('makes one change set creating a span of the label over each match', () => {
    const plan = tagMatches(layoutSpans([]), TEXT, MATCHES, 'statistic', stamp())
    expect(plan).toEqual({
      changes: {
        created: MATCHES.map(({ start, end }, i) => ({
          id: `new-${i + 1}`,
          start,
          end,
          label: 'statistic',
          text: 'visa',
          createdAt: NOW,
          updatedAt: NOW,
        })),
        updated: [],
        deleted: [],
      },
      skipped: 0,
    })
  })

  it('skips a match a span of the same label covers exactly, and counts it', () => {
    const layout = layoutSpans([makeSpan('old', TEXT, 12, 16, { label: 'statistic' })])
    const plan = tagMatches(layout, TEXT, MATCHES, 'statistic', stamp())
    expect(plan.changes.created.map((span) => [span.start, span.end])).toEqual([
      [0, 4],
      [23, 27],
    ])
    expect(plan.skipped).toBe(1)
  })

  it('tags a match covered by a span of another label, or by a longer span of the label', () => {
    const layout = layoutSpans([
      makeSpan('claim', TEXT, 0, 4, { label: 'claim' }),
      makeSpan('longer', TEXT, 12, 21, { label: 'statistic' }),
    ])
    const plan = tagMatches(layout, TEXT, MATCHES, 'statistic', stamp())
    expect(plan.changes.created).toHaveLength(3)
    expect(plan.skipped).toBe(0)
  })
})
