import { describe, expect, it } from 'vitest'

import {
  acceptAgreedWithRelations,
  acceptRelation,
  goldEndsOf,
} from '../../../../src-main/core/review/accept-relation'
import { acceptCandidate } from '../../../../src-main/core/review/adjudicate'
import { compareRelations } from '../../../../src-main/core/review/compare-relations'
import {
  applyGoldEdit,
  EMPTY_GOLD,
  invertGoldEdit,
  type GoldState,
} from '../../../../src-main/core/review/gold-edit'
import { groupCandidates } from '../../../../src-main/core/review/group-candidates'
import type { ReviewGroup } from '../../../../src-main/core/review/review-group'
import { link, minister, pledge, withRelations } from './relation-fixture'
import { context } from './review-fixture'

const NOW = '2026-02-02T09:00:00.000Z'

/** Alice and Bob both tagged the pledge and the minister and said the pledge is made by him. */
function agreedPledge() {
  const alice = [pledge('a1'), minister('a2')]
  const bob = [pledge('b1'), minister('b2')]
  const layers = [
    withRelations('alice', alice, link('ra', 'made-by', alice[0]!, alice[1]!)),
    withRelations('bob', bob, link('rb', 'made-by', bob[0]!, bob[1]!)),
  ]
  const groups = groupCandidates(layers)
  return { groups, relation: compareRelations(groups, layers)[0]! }
}

/** Gold with the candidate of each given group accepted (ids g1, g2, ... in that order). */
function goldWith(groups: readonly ReviewGroup[], ...ids: string[]): GoldState {
  const ctx = context()
  return ids.reduce(
    (gold, id) =>
      applyGoldEdit(
        gold,
        acceptCandidate(groups.find((group) => group.id === id)!.candidates[0]!, gold, ctx),
      ),
    EMPTY_GOLD,
  )
}

describe('accepting relations into gold', () => {
  it('copies the relation between the gold spans of its two groups', () => {
    const { groups, relation } = agreedPledge()
    const gold = goldWith(groups, relation.from, relation.to)
    const ctx = { ...context(), newId: () => 'r1' }
    expect(applyGoldEdit(gold, acceptRelation(relation, groups, gold, ctx)).relations).toEqual([
      { id: 'r1', type: 'made-by', from: 'g1', to: 'g2', createdAt: NOW },
    ])
  })

  it('is undone by the inverse edit, leaving gold without relations', () => {
    const { groups, relation } = agreedPledge()
    const gold = goldWith(groups, relation.from, relation.to)
    const edit = acceptRelation(relation, groups, gold, { ...context(), newId: () => 'r1' })
    expect(applyGoldEdit(applyGoldEdit(gold, edit), invertGoldEdit(edit)).relations).toEqual([])
  })

  it('says which end to accept first when a group has no gold span, and changes nothing', () => {
    const { groups, relation } = agreedPledge()
    const gold = goldWith(groups, relation.from)
    expect(goldEndsOf(relation, groups, gold, context().text)).toEqual({
      ok: false,
      reason: 'Accept "The minister" into gold first.',
    })
    expect(acceptRelation(relation, groups, gold, context()).spans.relations).toBeUndefined()
  })

  it('does not copy a relation gold already has', () => {
    const { groups, relation } = agreedPledge()
    const gold = goldWith(groups, relation.from, relation.to)
    const once = applyGoldEdit(gold, acceptRelation(relation, groups, gold, context()))
    expect(acceptRelation(relation, groups, once, context()).spans.relations).toBeUndefined()
  })

  it('"accept all agreed" takes the agreed spans and the agreed relation between them in one step', () => {
    const { groups, relation } = agreedPledge()
    const edit = acceptAgreedWithRelations(groups, [relation], EMPTY_GOLD, context())
    const gold = applyGoldEdit(EMPTY_GOLD, edit)
    expect(gold.spans.map((span) => [span.id, span.text])).toEqual([
      ['g1', 'The minister'],
      ['g2', 'will expand visa checks'],
    ])
    expect(gold.relations).toEqual([
      { id: 'g3', type: 'made-by', from: 'g2', to: 'g1', createdAt: NOW },
    ])
  })

  it('"accept all agreed" leaves out a relation only one annotator drew', () => {
    const alice = [pledge('a1'), minister('a2')]
    const bob = [pledge('b1'), minister('b2')]
    const layers = [
      withRelations('alice', alice, link('ra', 'made-by', alice[0]!, alice[1]!)),
      withRelations('bob', bob),
    ]
    const groups = groupCandidates(layers)
    const edit = acceptAgreedWithRelations(
      groups,
      compareRelations(groups, layers),
      EMPTY_GOLD,
      context(),
    )
    expect(edit.spans.created.length).toBe(2)
    expect(edit.spans.relations).toBeUndefined()
  })
})
