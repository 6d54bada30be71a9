import { describe, expect, it } from 'vitest'

import type { Span } from '../../../src-main/core/spans/span'
import { hintStep } from '../../../src-renderer/first-run/hint-step'
import { phraseSpan } from '../../support/phrase-span'

const TEXT = 'The council will replace four diesel ferries.'
const OLD = phraseSpan(TEXT, 'The council', 'claim', 'old')
const NEW = phraseSpan(TEXT, 'four diesel ferries', 'commitment', 'new')
const before = new Set([OLD.id])

describe('the first-run hint step', () => {
  it('asks for a selection while nothing is selected', () => {
    expect(hintStep(before, [OLD], false)).toBe(1)
  })

  it('asks for the label key once text is selected', () => {
    expect(hintStep(before, [OLD], true)).toBe(2)
  })

  it('is done once a span appears that was not there when the hints began', () => {
    expect(hintStep(before, [OLD, NEW], false)).toBe(3)
  })

  it('does not count the spans the document already had', () => {
    const spans: Span[] = [OLD]
    expect(hintStep(new Set(spans.map((span) => span.id)), spans, false)).toBe(1)
  })
})
