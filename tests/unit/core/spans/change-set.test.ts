import { describe, expect, it } from 'vitest'

import { GlossFailure } from '../../../../src-main/core/failure'
import {
  applyChangeSet,
  invertChangeSet,
  isEmptyChangeSet,
} from '../../../../src-main/core/spans/change-set'
import type { SpanChangeSet } from '../../../../src-main/core/spans/span'
import { makeSpan } from './make-span'

const TEXT = 'The council will add 14 bus routes by March.'
const council = makeSpan('s1', TEXT, 4, 11)
const routes = makeSpan('s2', TEXT, 21, 34, { label: 'statistic' })
const empty: SpanChangeSet = { created: [], updated: [], deleted: [] }

/** The GlossFailure `run` throws, as plain data. */
const failureOf = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof GlossFailure) return error.toError()
    throw error
  }
  throw new Error('expected a GlossFailure')
}
const HINT = 'Reload the document to see its current spans, then make the change again.'

describe('applyChangeSet', () => {
  it('adds created spans in text order', () => {
    expect(applyChangeSet([routes], { ...empty, created: [council] })).toEqual([council, routes])
  })

  it('replaces an updated span', () => {
    const relabelled = { ...council, label: 'commitment', updatedAt: '2024-05-02T11:00:00.000Z' }
    expect(
      applyChangeSet([council, routes], { ...empty, updated: [{ old: council, new: relabelled }] }),
    ).toEqual([relabelled, routes])
  })

  it('removes a deleted span', () => {
    expect(applyChangeSet([council, routes], { ...empty, deleted: [council] })).toEqual([routes])
  })

  it('leaves the input array unchanged', () => {
    const spans = [council]
    applyChangeSet(spans, { ...empty, deleted: [council] })
    expect(spans).toEqual([council])
  })

  it('treats an absent note and an undefined note as the same', () => {
    const withUndefinedNote = { ...council, note: undefined }
    expect(applyChangeSet([council], { ...empty, deleted: [withUndefinedNote] })).toEqual([])
  })

  it('refuses to create an id that already exists', () => {
    expect(failureOf(() => applyChangeSet([council], { ...empty, created: [council] }))).toEqual({
      code: 'conflict',
      message: 'Cannot create span s1: a span with that id already exists.',
      hint: HINT,
    })
  })

  it('refuses to update an id that does not exist', () => {
    const changes = { ...empty, updated: [{ old: routes, new: { ...routes, label: 'claim' } }] }
    expect(failureOf(() => applyChangeSet([council], changes))).toEqual({
      code: 'conflict',
      message: 'Cannot update span s2: there is no span with that id.',
      hint: HINT,
    })
  })

  it('refuses an update whose old span differs from the stored one', () => {
    const stale = { ...council, note: 'an older note' }
    const changes = { ...empty, updated: [{ old: stale, new: { ...council, label: 'statistic' } }] }
    expect(failureOf(() => applyChangeSet([council], changes))).toEqual({
      code: 'conflict',
      message: 'Cannot update span s1: it was changed since this edit was made.',
      hint: HINT,
    })
  })

  it('refuses an update that changes the span id', () => {
    const changes = { ...empty, updated: [{ old: council, new: { ...council, id: 's9' } }] }
    expect(failureOf(() => applyChangeSet([council], changes))).toEqual({
      code: 'conflict',
      message: 'Cannot change span s1 into span s9: an update keeps the span id.',
      hint: HINT,
    })
  })

  it('refuses to delete an id that does not exist', () => {
    expect(failureOf(() => applyChangeSet([council], { ...empty, deleted: [routes] }))).toEqual({
      code: 'conflict',
      message: 'Cannot delete span s2: there is no span with that id.',
      hint: HINT,
    })
  })

  it('refuses to delete a span that differs from the stored one', () => {
    const moved = makeSpan('s1', TEXT, 4, 16)
    expect(failureOf(() => applyChangeSet([council], { ...empty, deleted: [moved] }))).toEqual({
      code: 'conflict',
      message: 'Cannot delete span s1: it was changed since this edit was made.',
      hint: HINT,
    })
  })

  it('refuses a stale undo: undoing a creation twice', () => {
    const create = { ...empty, created: [routes] }
    const undo = invertChangeSet(create)
    const afterUndo = applyChangeSet(applyChangeSet([council], create), undo)
    expect(failureOf(() => applyChangeSet(afterUndo, undo)).message).toBe(
      'Cannot delete span s2: there is no span with that id.',
    )
  })
})

describe('invertChangeSet', () => {
  it('swaps created and deleted and turns each update around', () => {
    const relabelled = { ...council, label: 'commitment' }
    const changes = { created: [routes], updated: [{ old: council, new: relabelled }], deleted: [] }
    expect(invertChangeSet(changes)).toEqual({
      created: [],
      updated: [{ old: relabelled, new: council }],
      deleted: [routes],
    })
  })

  it('undoes a change set when applied after it', () => {
    const relabelled = { ...council, label: 'commitment' }
    const changes = { created: [routes], updated: [{ old: council, new: relabelled }], deleted: [] }
    const after = applyChangeSet([council], changes)
    expect(applyChangeSet(after, invertChangeSet(changes))).toEqual([council])
  })
})

describe('isEmptyChangeSet', () => {
  it('is true when nothing is created, updated or deleted', () => {
    expect(isEmptyChangeSet(empty)).toBe(true)
  })

  it('is false when anything changes', () => {
    expect(
      [
        { ...empty, created: [council] },
        { ...empty, updated: [{ old: council, new: council }] },
        { ...empty, deleted: [council] },
      ].map(isEmptyChangeSet),
    ).toEqual([false, false, false])
  })
})
