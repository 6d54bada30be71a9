import { describe, expect, it } from 'vitest'

import {
  applyRelationChanges,
  editedRelations,
  replayRelationChanges,
} from '../../../../src-main/core/relations/relation-changes'
import { invertChangeSet, isEmptyChangeSet } from '../../../../src-main/core/spans/change-set'
import { makeSpan } from '../spans/make-span'
import { makeRelation } from './make-relation'

const r1 = makeRelation('r1', 's1', 's2')
const r2 = makeRelation('r2', 's2', 's1', 'quantifies')

describe('relation changes', () => {
  it('deletes then creates, keeping the order relations were made in', () => {
    expect(applyRelationChanges([r1], { created: [r2], deleted: [] })).toEqual([r1, r2])
    expect(applyRelationChanges([r1, r2], { created: [], deleted: [r1] })).toEqual([r2])
  })

  it('refuses a stale delete as a conflict and changes nothing', () => {
    const stale = { ...r1, type: 'quantifies' }
    expect(() => applyRelationChanges([r1], { created: [], deleted: [stale] })).toThrow(
      'Cannot delete relation r1: it is not stored as this edit expects.',
    )
  })

  it('refuses creating an id that exists', () => {
    expect(() => applyRelationChanges([r1], { created: [r1], deleted: [] })).toThrow(
      'Cannot create relation r1: a relation with that id already exists.',
    )
  })

  it('replays an edit already applied without doubling it', () => {
    expect(replayRelationChanges([r1], { created: [r1], deleted: [] })).toEqual([r1])
  })

  it('leaves a file without relations as it was when the edit makes none', () => {
    expect(editedRelations(undefined, undefined, 'strict')).toBeUndefined()
    expect(editedRelations(undefined, { created: [], deleted: [] }, 'strict')).toBeUndefined()
    expect(editedRelations([r1], { created: [], deleted: [r1] }, 'strict')).toEqual([])
  })

  it('inverts a span deletion together with the relations it took along, as one step', () => {
    const span = makeSpan('s2', 'Hà Nội hôm nay', 0, 6)
    const inverse = invertChangeSet({
      created: [],
      updated: [],
      deleted: [span],
      relations: { created: [], deleted: [r1, r2] },
    })
    expect(inverse).toEqual({
      created: [span],
      updated: [],
      deleted: [],
      relations: { created: [r1, r2], deleted: [] },
    })
  })

  it('counts a change set that only makes a relation as a change', () => {
    const only = {
      created: [],
      updated: [],
      deleted: [],
      relations: { created: [r1], deleted: [] },
    }
    expect(isEmptyChangeSet(only)).toBe(false)
  })
})
