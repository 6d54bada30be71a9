import { describe, expect, it } from 'vitest'

import { DEFAULT_LABELS } from '../../../src-main/core/labels/label'
import type { Span } from '../../../src-main/core/spans/span'
import { layoutSpans } from '../../../src-main/core/spans/span-layout'
import { splitIntoBlocks, type TextBlock } from '../../../src-renderer/annotate/blocks'
import { layoutPaints } from '../../../src-renderer/annotate/layout-paints'
import { distributePaints, planSource, withPlan } from '../../../src-renderer/annotate/paint-plan'

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
const block = (index: number): TextBlock => blocks[index] as TextBlock

describe('layoutPaints', () => {
  it('gives each block the spans reaching into it, longer spans first', () => {
    const source = layoutPaints(
      layoutSpans([
        span('claim', 6, 40, 'claim'),
        span('stat', 17, 22, 'statistic'),
        span('first', 0, 5, 'commitment'),
      ]),
      DEFAULT_LABELS,
    )
    expect([0, 1, 2].map((i) => source.paintsIn(block(i), i).map((p) => p.spanId))).toEqual([
      ['claim', 'first'],
      ['claim', 'stat'],
      ['claim'],
    ])
  })

  it('gives overlapping spans different underline rows and each its label colour', () => {
    const source = layoutPaints(
      layoutSpans([span('claim', 6, 40, 'claim'), span('stat', 17, 22, 'statistic')]),
      DEFAULT_LABELS,
    )
    expect(
      source.paintsIn(block(1), 1).map(({ spanId, depth, color }) => ({ spanId, depth, color })),
    ).toEqual([
      { spanId: 'claim', depth: 0, color: '#c2379b' },
      { spanId: 'stat', depth: 1, color: '#e08a00' },
    ])
  })

  it('paints a span whose label is gone in grey', () => {
    const source = layoutPaints(layoutSpans([span('old', 0, 3, 'retired')]), DEFAULT_LABELS)
    expect(source.paintsIn(block(0), 0)[0]?.color).toBe('#8a8f98')
  })

  it('gives a block no span reaches nothing to paint', () => {
    const source = layoutPaints(layoutSpans([span('a', 37, 39, 'claim')]), DEFAULT_LABELS)
    expect([0, 1, 2].map((i) => source.paintsIn(block(i), i).length)).toEqual([0, 0, 1])
  })
})

describe('withPlan', () => {
  const own = layoutPaints(layoutSpans([span('mine', 0, 5, 'claim')]), DEFAULT_LABELS)

  it('paints a plan’s paints after the source’s own in each block', () => {
    const extra = distributePaints(blocks, [
      { spanId: 'gold:g', label: 'claim', color: '#000', start: 2, end: 20, depth: 0 },
    ])
    const merged = withPlan(own, extra)
    expect([0, 1].map((i) => merged.paintsIn(block(i), i).map((p) => p.spanId))).toEqual([
      ['mine', 'gold:g'],
      ['gold:g'],
    ])
  })

  it('is the source itself when the plan is empty', () => {
    expect(withPlan(own, new Map())).toBe(own)
  })
})

describe('planSource', () => {
  it('answers from a plan made ahead, nothing for a block it lacks', () => {
    const plan = distributePaints(blocks, [
      { spanId: 'lane', label: 'claim', color: '#000', start: 17, end: 19, depth: 2 },
    ])
    const source = planSource(plan)
    expect([0, 1].map((i) => source.paintsIn(block(i), i).map((p) => p.spanId))).toEqual([
      [],
      ['lane'],
    ])
  })
})
