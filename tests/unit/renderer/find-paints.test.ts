import { describe, expect, it } from 'vitest'

import { findMatches } from '../../../src-main/core/text/find-matches'
import { splitIntoBlocks, type TextBlock } from '../../../src-renderer/annotate/blocks'
import { withFindPaints } from '../../../src-renderer/annotate/find-paints'
import { NO_PAINTS, type Paint, type PaintSource } from '../../../src-renderer/annotate/paint-plan'

const text = 'visa one\nno match here\nvisa visa\nend'
const blocks = splitIntoBlocks(text) // [0,9) [9,23) [23,33) [33,36)
const matches = findMatches(text, 'visa', { caseSensitive: false, wholeWord: false })
const spanPaint: Paint = {
  spanId: 'span',
  label: 'claim',
  color: '#c2379b',
  start: 0,
  end: 8,
  depth: 0,
}
const spans: PaintSource = { paintsIn: (_block, i) => (i === 0 ? [spanPaint] : NO_PAINTS) }

const inBlock = (source: PaintSource, i: number) =>
  source.paintsIn(blocks[i] as TextBlock, i).map((paint) => `${paint.spanId}:${paint.variant}`)

describe('withFindPaints', () => {
  it('gives each block only its own matches, after the span paints, the current one marked', () => {
    const source = withFindPaints(spans, matches, 2)
    expect([0, 1, 2, 3].map((i) => inBlock(source, i))).toEqual([
      ['span:undefined', 'find:0:find'],
      [],
      ['find:1:find', 'find:2:find find-current'],
      [],
    ])
  })

  it('is the span paints themselves when nothing matches', () => {
    expect(withFindPaints(spans, [], -1)).toBe(spans)
  })
})
