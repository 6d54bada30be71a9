import { describe, expect, it } from 'vitest'

import { alignTokens } from '../../../../src-main/core/formats/token-spans'
import { tokenize } from '../../../../src-main/core/text/tokenize'

describe('alignTokens', () => {
  const text = 'cam kết tăng'
  const base = tokenize(text)

  it('leaves tokens alone when every span starts and ends on token edges', () => {
    const aligned = alignTokens(base, [{ start: 0, end: 7 }])
    expect(aligned.tokens).toBe(base)
    expect(aligned.ranges).toEqual([[0, 1]])
    expect(aligned).toMatchObject({ splitSpans: 0, looseSpans: 0 })
  })

  it('splits a token at each span edge inside it, once however many spans share the edge', () => {
    const aligned = alignTokens(base, [
      { start: 5, end: 10 },
      { start: 0, end: 10 },
    ])
    expect(aligned.tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'cam',
      'k',
      'ết',
      'tă',
      'ng',
    ])
    expect(aligned.ranges).toEqual([
      [2, 3],
      [0, 3],
    ])
    expect(aligned.splitSpans).toBe(2)
  })

  it('gives the tokens inside a span whose edge falls in whitespace, and counts it', () => {
    const aligned = alignTokens(base, [{ start: 3, end: 7 }])
    expect(aligned.ranges).toEqual([[1, 1]])
    expect(aligned.looseSpans).toBe(1)
  })

  it('gives null for a span with no token inside', () => {
    expect(alignTokens(base, [{ start: 3, end: 4 }]).ranges).toEqual([null])
  })
})
