import { describe, expect, it } from 'vitest'

import {
  acceptAgreed,
  acceptCandidate,
  acceptVersion,
  addGoldSpan,
  editGoldSpan,
  rejectGroup,
  removeGoldSpan,
} from '../../../../src-main/core/review/adjudicate'
import {
  applyGoldEdit,
  EMPTY_GOLD,
  invertGoldEdit,
} from '../../../../src-main/core/review/gold-edit'
import { groupCandidates } from '../../../../src-main/core/review/group-candidates'
import type { ReviewGroup } from '../../../../src-main/core/review/review-group'
import { context, layer, on } from './review-fixture'

const conflict = (): ReviewGroup =>
  groupCandidates([
    layer('alice', on('will expand visa checks', 'commitment')),
    layer('bob', on('will expand visa checks', 'claim')),
  ])[0]!

const verdicts = (
  decisions: readonly { start: number; end: number; label: string; verdict: string }[],
) => decisions.map((d) => `${d.start}:${d.end}:${d.label} ${d.verdict}`)

describe('adjudication into gold', () => {
  it("accepting one annotator's version puts their span in gold and rejects the others", () => {
    const gold = applyGoldEdit(
      EMPTY_GOLD,
      acceptVersion(conflict(), 'alice', EMPTY_GOLD, context()),
    )
    expect(gold.spans).toEqual([
      {
        id: 'g1',
        start: 13,
        end: 36,
        label: 'commitment',
        text: 'will expand visa checks',
        review: {
          by: 'carol',
          at: '2026-02-02T09:00:00.000Z',
          method: 'accepted',
          from: ['alice'],
          source: '13:36:commitment',
        },
        createdAt: '2026-02-02T09:00:00.000Z',
        updatedAt: '2026-02-02T09:00:00.000Z',
      },
    ])
    expect(verdicts(gold.decisions)).toEqual(['13:36:claim rejected', '13:36:commitment accepted'])
  })

  it('switching to the other version swaps the gold span and both verdicts', () => {
    const group = conflict()
    const first = applyGoldEdit(EMPTY_GOLD, acceptVersion(group, 'alice', EMPTY_GOLD, context()))
    const second = applyGoldEdit(first, acceptVersion(group, 'bob', first, context('dan')))
    expect(second.spans.map((span) => [span.label, span.review?.from])).toEqual([
      ['claim', ['bob']],
    ])
    expect(verdicts(second.decisions)).toEqual([
      '13:36:claim accepted',
      '13:36:commitment rejected',
    ])
    expect(second.decisions.map((d) => d.by)).toEqual(['dan', 'dan'])
  })

  it('accepting a version twice changes nothing the second time', () => {
    const group = conflict()
    const once = applyGoldEdit(EMPTY_GOLD, acceptVersion(group, 'alice', EMPTY_GOLD, context()))
    const again = acceptVersion(group, 'alice', once, context('dan'))
    expect(again).toEqual({ spans: { created: [], updated: [], deleted: [] }, decisions: [] })
  })

  it('rejecting a group takes every version out of gold and records each verdict', () => {
    const group = conflict()
    const accepted = applyGoldEdit(EMPTY_GOLD, acceptVersion(group, 'alice', EMPTY_GOLD, context()))
    const rejected = applyGoldEdit(accepted, rejectGroup(group, accepted, context()))
    expect(rejected.spans).toEqual([])
    expect(verdicts(rejected.decisions)).toEqual([
      '13:36:claim rejected',
      '13:36:commitment rejected',
    ])
  })

  it('undoing an edit restores the gold spans and verdicts exactly', () => {
    const group = conflict()
    const edit = acceptVersion(group, 'alice', EMPTY_GOLD, context())
    const undone = applyGoldEdit(applyGoldEdit(EMPTY_GOLD, edit), invertGoldEdit(edit))
    expect(undone).toEqual(EMPTY_GOLD)
  })

  it('accepts every undecided agreed span in one step and nothing else', () => {
    const shared = on('12%', 'statistic')
    const groups = groupCandidates([
      layer('alice', shared, on('visa checks', 'claim')),
      layer('bob', shared),
    ])
    const gold = applyGoldEdit(EMPTY_GOLD, acceptAgreed(groups, EMPTY_GOLD, context()))
    expect(gold.spans.map((span) => span.text)).toEqual(['12%'])
    expect(verdicts(gold.decisions)).toEqual(['52:55:statistic accepted'])
  })

  it('accepting one candidate leaves the rest of its group undecided', () => {
    const group = conflict()
    const gold = applyGoldEdit(
      EMPTY_GOLD,
      acceptCandidate(group.candidates[1]!, EMPTY_GOLD, context()),
    )
    expect(verdicts(gold.decisions)).toEqual(['13:36:commitment accepted'])
  })

  it('editing a gold span keeps where it came from and marks it edited', () => {
    const gold = applyGoldEdit(
      EMPTY_GOLD,
      acceptVersion(conflict(), 'alice', EMPTY_GOLD, context()),
    )
    const span = gold.spans[0]!
    const edited = applyGoldEdit(
      gold,
      editGoldSpan(span, { start: 18, end: 36, label: 'claim' }, context('dan')),
    )
    expect(edited.spans[0]).toMatchObject({
      start: 18,
      end: 36,
      label: 'claim',
      text: 'expand visa checks',
      review: { by: 'dan', method: 'edited', from: ['alice'], source: '13:36:commitment' },
    })
    expect(verdicts(edited.decisions)).toEqual(verdicts(gold.decisions))
  })

  it('removing an edited gold span rejects the version it was taken from', () => {
    const gold = applyGoldEdit(
      EMPTY_GOLD,
      acceptVersion(conflict(), 'alice', EMPTY_GOLD, context()),
    )
    const edited = applyGoldEdit(
      gold,
      editGoldSpan(gold.spans[0]!, { start: 18, end: 36, label: 'claim' }, context()),
    )
    const removed = applyGoldEdit(edited, removeGoldSpan(edited.spans[0]!, edited, context()))
    expect(removed.spans).toEqual([])
    expect(verdicts(removed.decisions)).toEqual([
      '13:36:claim rejected',
      '13:36:commitment rejected',
    ])
  })

  it('a span the reviewer selects is theirs, unless an annotator tagged exactly it', () => {
    const group = conflict()
    const own = addGoldSpan(
      { start: 25, end: 36, label: 'claim' },
      group.candidates,
      EMPTY_GOLD,
      context(),
    )
    expect(
      own.spans.created.map((span) => [span.text, span.review?.method, span.review?.from]),
    ).toEqual([['visa checks', 'added', []]])
    expect(own.decisions).toEqual([])
    const theirs = addGoldSpan(
      { start: 13, end: 36, label: 'claim' },
      group.candidates,
      EMPTY_GOLD,
      context(),
    )
    expect(theirs.spans.created.map((span) => [span.review?.method, span.review?.from])).toEqual([
      ['accepted', ['bob']],
    ])
    expect(verdicts(theirs.decisions.map((change) => change.new!))).toEqual([
      '13:36:claim accepted',
    ])
  })

  it('refuses an edit made against a gold set that changed since', () => {
    const group = conflict()
    const ctx = context()
    const stale = acceptVersion(group, 'alice', EMPTY_GOLD, ctx)
    const moved = applyGoldEdit(EMPTY_GOLD, acceptVersion(group, 'bob', EMPTY_GOLD, ctx))
    expect(() => applyGoldEdit(moved, stale)).toThrow(/was changed since this edit was made/)
  })
})
