import { describe, expect, it } from 'vitest'

import { compareRelations } from '../../../../src-main/core/review/compare-relations'
import { groupCandidates } from '../../../../src-main/core/review/group-candidates'
import type { RelationLayer } from '../../../../src-main/core/review/compare-relations'
import { arrivals, link, minister, pledge, withRelations } from './relation-fixture'

const compare = (...layers: RelationLayer[]) => compareRelations(groupCandidates(layers), layers)

const PLEDGE = '13-36@13:36:commitment'
const MINISTER = '0-12@0:12:actor'

describe('comparing relations in review', () => {
  it('agrees when both draw the same type between spans of the same groups', () => {
    const alice = [pledge('a1'), minister('a2')]
    const bob = [pledge('b1'), minister('b2')]
    expect(
      compare(
        withRelations('alice', alice, link('ra', 'made-by', alice[0]!, alice[1]!)),
        withRelations('bob', bob, link('rb', 'made-by', bob[0]!, bob[1]!)),
      ),
    ).toEqual([
      {
        key: `made-by:${PLEDGE}->${MINISTER}`,
        type: 'made-by',
        from: PLEDGE,
        to: MINISTER,
        annotators: ['alice', 'bob'],
        missing: [],
        agreed: true,
        relations: [
          { annotator: 'alice', relation: link('ra', 'made-by', alice[0]!, alice[1]!) },
          { annotator: 'bob', relation: link('rb', 'made-by', bob[0]!, bob[1]!) },
        ],
      },
    ])
  })

  it('makes a different type two relations, each missing for the other annotator', () => {
    const spans = [arrivals(), pledge()]
    const result = compare(
      withRelations('alice', spans, link('ra', 'supports', spans[0]!, spans[1]!)),
      withRelations('bob', spans, link('rb', 'quantifies', spans[0]!, spans[1]!)),
    )
    expect(
      result.map(({ type, annotators, missing, agreed }) => ({
        type,
        annotators,
        missing,
        agreed,
      })),
    ).toEqual([
      { type: 'quantifies', annotators: ['bob'], missing: ['alice'], agreed: false },
      { type: 'supports', annotators: ['alice'], missing: ['bob'], agreed: false },
    ])
  })

  it('makes a reversed direction two relations, each missing for the other annotator', () => {
    const spans = [minister(), pledge()]
    const result = compare(
      withRelations('alice', spans, link('ra', 'made-by', spans[1]!, spans[0]!)),
      withRelations('bob', spans, link('rb', 'made-by', spans[0]!, spans[1]!)),
    )
    expect(
      result.map(({ from, to, annotators, missing }) => ({ from, to, annotators, missing })),
    ).toEqual([
      { from: MINISTER, to: PLEDGE, annotators: ['bob'], missing: ['alice'] },
      { from: PLEDGE, to: MINISTER, annotators: ['alice'], missing: ['bob'] },
    ])
  })

  it('lists a relation only one annotator drew as missing for the others', () => {
    const spans = [minister(), pledge()]
    const result = compare(
      withRelations('alice', spans),
      withRelations('bob', spans, link('rb', 'made-by', spans[1]!, spans[0]!)),
      withRelations('carol', spans),
    )
    expect(
      result.map(({ key, annotators, missing, agreed }) => ({ key, annotators, missing, agreed })),
    ).toEqual([
      {
        key: `made-by:${PLEDGE}->${MINISTER}`,
        annotators: ['bob'],
        missing: ['alice', 'carol'],
        agreed: false,
      },
    ])
  })

  it('compares a relation whose end only one annotator tagged, ending in that missing group', () => {
    const alice = [pledge(), minister()]
    const bob = [pledge()]
    const result = compare(
      withRelations('alice', alice, link('ra', 'made-by', alice[0]!, alice[1]!)),
      withRelations('bob', bob),
    )
    expect(
      result.map(({ from, to, annotators, missing }) => ({ from, to, annotators, missing })),
    ).toEqual([{ from: PLEDGE, to: MINISTER, annotators: ['alice'], missing: ['bob'] }])
  })

  it('leaves out a relation pointing at a span its file does not have', () => {
    const spans = [pledge()]
    const dangling = { ...link('ra', 'made-by', spans[0]!, minister()), to: 'gone' }
    expect(compare(withRelations('alice', spans, dangling), withRelations('bob', spans))).toEqual(
      [],
    )
  })
})
