import { describe, expect, it } from 'vitest'

import { agreementTokens } from '../../../../src-main/core/agreement/agreement-tokens'
import { createCategoryIndex } from '../../../../src-main/core/agreement/category-index'
import { createLabelIndex } from '../../../../src-main/core/agreement/label-index'
import { tokenCategories } from '../../../../src-main/core/agreement/token-categories'
import { DEFAULT_LABELS } from '../../../../src-main/core/labels/label'
import type { AgreementSpan } from '../../../../src-main/core/agreement/agreement-input'
import { FERRIES, on } from './agreement-fixture'

function categoriesOf(text: string, spans: readonly AgreementSpan[]): string[] {
  const labels = createLabelIndex(DEFAULT_LABELS)
  const categories = createCategoryIndex(labels)
  const ranges = spans.map((span) => ({ ...span, label: labels.ofId(span.label) }))
  return [...tokenCategories(agreementTokens(text), ranges, categories)].map(categories.name)
}

describe("a token's category for an annotator", () => {
  it('is O for every token when the annotator has no spans', () => {
    expect(categoriesOf(FERRIES, [])).toEqual(['O', 'O', 'O', 'O', 'O', 'O'])
  })

  it('is the label name of the span covering it', () => {
    expect(categoriesOf(FERRIES, [on(FERRIES, '40 new', 'commitment')])).toEqual([
      'O',
      'O',
      'Commitment',
      'Commitment',
      'O',
      'O',
    ])
  })

  it('counts a span that covers only part of the token', () => {
    expect(categoriesOf(FERRIES, [on(FERRIES, 'inist', 'claim')])[0]).toBe('Claim')
  })

  it("joins the sorted names of nested spans' labels with +", () => {
    const spans = [on(FERRIES, 'pledged 40 new ferries', 'statistic'), on(FERRIES, '40', 'claim')]
    expect(categoriesOf(FERRIES, spans)).toEqual([
      'O',
      'Statistic',
      'Claim+Statistic',
      'Statistic',
      'Statistic',
      'O',
    ])
  })

  it('names a label once when two spans of it cover the token', () => {
    const spans = [on(FERRIES, 'pledged 40', 'claim'), on(FERRIES, '40 new', 'claim')]
    expect(categoriesOf(FERRIES, spans)).toEqual(['O', 'Claim', 'Claim', 'Claim', 'O', 'O'])
  })

  it('closes a span at its end: a token after it is O again', () => {
    const spans = [on(FERRIES, 'Ministers', 'claim'), on(FERRIES, 'ferries', 'claim')]
    expect(categoriesOf(FERRIES, spans)).toEqual(['Claim', 'O', 'O', 'O', 'Claim', 'O'])
  })

  it('uses the raw label id when the label set lacks it', () => {
    expect(categoriesOf(FERRIES, [on(FERRIES, 'new', 'quote')])[3]).toBe('quote')
  })

  it('gives an astral emoji the label of a span over it', () => {
    const text = 'Port 🚢 busy'
    expect(categoriesOf(text, [on(text, '🚢', 'statistic')])).toEqual(['O', 'Statistic', 'O'])
  })

  it('leaves a span over white space only without tokens', () => {
    expect(categoriesOf('a  b', [{ start: 1, end: 3, label: 'claim' }])).toEqual(['O', 'O'])
  })
})
