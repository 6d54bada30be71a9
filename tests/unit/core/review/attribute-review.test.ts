import { describe, expect, it } from 'vitest'

import { acceptAgreed, acceptVersion } from '../../../../src-main/core/review/adjudicate'
import { applyGoldEdit, EMPTY_GOLD } from '../../../../src-main/core/review/gold-edit'
import { groupCandidates } from '../../../../src-main/core/review/group-candidates'
import type { ReviewGroup } from '../../../../src-main/core/review/review-group'
import { context, layer, on } from './review-fixture'

const commitment = (attributes: Record<string, string | boolean>) => ({
  ...on('will expand visa checks', 'commitment'),
  attributes,
})

/** Alice and Bob tagged the same commitment; Bob judged it hedged, Alice firm. */
const attributeConflict = (): ReviewGroup[] =>
  groupCandidates([
    layer('alice', commitment({ strength: 'firm', actor: 'minister' })),
    layer('bob', commitment({ strength: 'hedged', actor: 'minister' })),
  ])

describe('attributes in review', () => {
  it('makes the same range and label with different values an attribute conflict', () => {
    expect(attributeConflict().map((group) => group.kind)).toEqual(['attribute'])
  })

  it('keeps the same range, label and values agreed', () => {
    const groups = groupCandidates([
      layer('alice', commitment({ strength: 'firm' })),
      layer('bob', commitment({ strength: 'firm' })),
    ])
    expect(groups.map((group) => group.kind)).toEqual(['agreed'])
  })

  it("accepting Bob's version puts his values in gold", () => {
    const [group] = attributeConflict()
    const gold = applyGoldEdit(EMPTY_GOLD, acceptVersion(group!, 'bob', EMPTY_GOLD, context()))
    expect(gold.spans.map((span) => span.attributes)).toEqual([
      { strength: 'hedged', actor: 'minister' },
    ])
  })

  it("accepting Alice's version after Bob's changes the gold span's values, as one update", () => {
    const [group] = attributeConflict()
    const first = applyGoldEdit(EMPTY_GOLD, acceptVersion(group!, 'bob', EMPTY_GOLD, context()))
    const edit = acceptVersion(group!, 'alice', first, context('dan'))
    expect(edit.spans.created).toEqual([])
    expect(edit.spans.updated.map((change) => change.new.attributes)).toEqual([
      { strength: 'firm', actor: 'minister' },
    ])
    expect(applyGoldEdit(first, edit).spans.map((span) => span.attributes)).toEqual([
      { strength: 'firm', actor: 'minister' },
    ])
  })

  it('is left out of "accept all agreed": a person picks the values', () => {
    expect(acceptAgreed(attributeConflict(), EMPTY_GOLD, context()).spans.created).toEqual([])
  })
})
