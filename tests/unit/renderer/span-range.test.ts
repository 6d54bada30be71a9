import { describe, expect, it } from 'vitest'

import { spanRange } from '../../../src-renderer/state/commands/annotate'

// A bracketed dateline, a sentence end glued to the next sentence, and a line break.
const TEXT = 'HANOI (VNA) said 51 years of relations.Apart from trade.\nNext day'

describe('spanRange: what a selection labels', () => {
  it('snaps a drag to what the analyst means: brackets balanced, glued sentence end kept out', () => {
    // "(VNA) said 51 years of relat" → "(VNA) said 51 years of relations"
    expect(spanRange(TEXT, { start: 6, end: 34, exact: false }, true)).toEqual({
      start: 6,
      end: 38,
    })
  })

  it('keeps an Alt-drag exact: over a lone bracket and a line break, as dragged', () => {
    expect(spanRange(TEXT, { start: 10, end: 60, exact: true }, true)).toEqual({
      start: 10,
      end: 60,
    })
  })

  it('keeps every drag exact when snapping is turned off', () => {
    expect(spanRange(TEXT, { start: 10, end: 60, exact: false }, false)).toEqual({
      start: 10,
      end: 60,
    })
  })
})
