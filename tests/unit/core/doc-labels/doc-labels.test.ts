import { describe, expect, it } from 'vitest'

import { applyDocLabelChanges } from '../../../../src-main/core/doc-labels/apply-doc-labels'
import { docLabelChangeProblem } from '../../../../src-main/core/doc-labels/check-doc-label-changes'
import { nextDocLabelValue } from '../../../../src-main/core/doc-labels/cycle-value'
import { invertChangeSet, isEmptyChangeSet } from '../../../../src-main/core/spans/change-set'

const TOPIC = { id: 'topic', name: 'Topic', values: ['Politics', 'Economy'], description: '' }
const none = { created: [], updated: [], deleted: [] }

describe('applyDocLabelChanges', () => {
  it('sets, replaces and clears values, categories in sorted order', () => {
    const set = applyDocLabelChanges(
      { topic: 'Politics' },
      [
        { category: 'topic', old: 'Politics', new: 'Economy' },
        { category: 'reliability', old: null, new: 'High' },
      ],
      'strict',
    )
    expect(JSON.stringify(set)).toBe('{"reliability":"High","topic":"Economy"}')
  })

  it('gives undefined when the last value is cleared', () => {
    expect(
      applyDocLabelChanges(
        { topic: 'Politics' },
        [{ category: 'topic', old: 'Politics', new: null }],
        'strict',
      ),
    ).toBeUndefined()
  })

  it('refuses a change made on another value, strictly', () => {
    expect(() =>
      applyDocLabelChanges(
        { topic: 'Economy' },
        [{ category: 'topic', old: null, new: 'Politics' }],
        'strict',
      ),
    ).toThrow(
      'The document label "topic" is "Economy", not unset: it changed since this edit was made.',
    )
  })

  it('lets the new value win on replay, whatever is stored', () => {
    expect(
      applyDocLabelChanges(
        { topic: 'Economy' },
        [{ category: 'topic', old: null, new: 'Politics' }],
        'replay',
      ),
    ).toEqual({ topic: 'Politics' })
  })
})

describe('document label changes in a change set', () => {
  it('are inverted with the spans, old and new swapped', () => {
    const changes = { ...none, docLabels: [{ category: 'topic', old: null, new: 'Politics' }] }
    expect(invertChangeSet(changes)).toEqual({
      ...none,
      docLabels: [{ category: 'topic', old: 'Politics', new: null }],
    })
  })

  it('make a change set without spans not empty', () => {
    expect(
      isEmptyChangeSet({ ...none, docLabels: [{ category: 'topic', old: null, new: 'x' }] }),
    ).toBe(false)
    expect(isEmptyChangeSet({ ...none, docLabels: [] })).toBe(true)
  })
})

describe('nextDocLabelValue', () => {
  it('cycles unset → first → … → last → unset', () => {
    expect(nextDocLabelValue(TOPIC, null)).toBe('Politics')
    expect(nextDocLabelValue(TOPIC, 'Politics')).toBe('Economy')
    expect(nextDocLabelValue(TOPIC, 'Economy')).toBeNull()
  })

  it('starts over from a value the list no longer has', () => {
    expect(nextDocLabelValue(TOPIC, 'Sport')).toBe('Politics')
  })
})

describe('docLabelChangeProblem', () => {
  it('names a category the project does not have', () => {
    expect(docLabelChangeProblem([TOPIC], { category: 'tone', old: null, new: 'x' })).toBe(
      'This project has no document label category "tone".',
    )
  })

  it('allows clearing a value', () => {
    expect(
      docLabelChangeProblem([TOPIC], { category: 'topic', old: 'Politics', new: null }),
    ).toBeNull()
  })
})
