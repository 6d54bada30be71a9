import { describe, expect, it } from 'vitest'

import type { Span } from '../../../src-main/core/spans/span'
import { spanForClick } from '../../../src-renderer/annotate/hit-test'

const span = (id: string, start: number, end: number): Span => ({
  id,
  start,
  end,
  label: 'claim',
  text: '',
  createdAt: '',
  updatedAt: '',
})

// A statistic inside a claim inside a commitment.
const spans = [span('outer', 0, 50), span('middle', 10, 40), span('inner', 20, 25)]

describe('spanForClick', () => {
  it('selects the innermost span at the character', () => {
    expect(spanForClick(spans, 22, null, false)?.id).toBe('inner')
    expect(spanForClick(spans, 12, null, false)?.id).toBe('middle')
  })

  it('clicking the same character again goes outward, then round to the innermost', () => {
    expect(spanForClick(spans, 22, 'inner', true)?.id).toBe('middle')
    expect(spanForClick(spans, 22, 'middle', true)?.id).toBe('outer')
    expect(spanForClick(spans, 22, 'outer', true)?.id).toBe('inner')
  })

  it('a click on another character starts again at the innermost span', () => {
    expect(spanForClick(spans, 23, 'middle', false)?.id).toBe('inner')
  })

  it('is null where no span covers the character (the end offset is outside)', () => {
    expect(spanForClick(spans, 50, null, false)).toBeNull()
  })
})
