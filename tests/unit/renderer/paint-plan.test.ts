import { describe, expect, it } from 'vitest'

import { DEFAULT_LABELS } from '../../../src-main/core/labels/label'
import { sortSpans } from '../../../src-main/core/spans/overlaps'
import type { Span } from '../../../src-main/core/spans/span'
import { splitIntoBlocks } from '../../../src-renderer/annotate/blocks'
import { planPaints } from '../../../src-renderer/annotate/paint-plan'

const span = (id: string, start: number, end: number, label: string): Span => ({
  id,
  start,
  end,
  label,
  text: '',
  createdAt: '',
  updatedAt: '',
})

const text = 'First line here\nSecond line, longer\nThird'
const blocks = splitIntoBlocks(text) // [0,16) [16,36) [36,41)

describe('planPaints', () => {
  it('lists each span under every block it reaches, longer spans first', () => {
    const spans = sortSpans([
      span('claim', 6, 40, 'claim'),
      span('stat', 17, 22, 'statistic'),
      span('first', 0, 5, 'commitment'),
    ])
    const plan = planPaints(blocks, spans, DEFAULT_LABELS)

    expect([...plan.keys()].sort()).toEqual([0, 1, 2])
    expect(plan.get(0)?.map((p) => p.spanId)).toEqual(['claim', 'first'])
    expect(plan.get(1)?.map((p) => p.spanId)).toEqual(['claim', 'stat'])
    expect(plan.get(2)?.map((p) => p.spanId)).toEqual(['claim'])
  })

  it('gives overlapping spans different underline rows and each its label colour', () => {
    const plan = planPaints(
      blocks,
      sortSpans([span('claim', 6, 40, 'claim'), span('stat', 17, 22, 'statistic')]),
      DEFAULT_LABELS,
    )
    expect(plan.get(1)?.map(({ spanId, depth, color }) => ({ spanId, depth, color }))).toEqual([
      { spanId: 'claim', depth: 0, color: '#c2379b' },
      { spanId: 'stat', depth: 1, color: '#e08a00' },
    ])
  })

  it('paints a span whose label is gone in grey', () => {
    const plan = planPaints(blocks, [span('old', 0, 3, 'retired')], DEFAULT_LABELS)
    expect(plan.get(0)?.[0]?.color).toBe('#8a8f98')
  })

  it('leaves blocks without spans out', () => {
    expect(planPaints(blocks, [span('a', 37, 39, 'claim')], DEFAULT_LABELS).size).toBe(1)
  })
})
