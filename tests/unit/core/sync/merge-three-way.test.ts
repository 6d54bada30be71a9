import { describe, expect, it } from 'vitest'

import { mergeThreeWay } from '../../../../src-main/core/sync/merge-three-way'

const label = (id: string, color: string, hotkey: string) => ({ id, name: id, color, hotkey })

describe('merging a shared JSON file three ways', () => {
  it('takes the side that changed a value the other left alone', () => {
    expect(mergeThreeWay({ name: 'a', x: 1 }, { name: 'a', x: 1 }, { name: 'b', x: 1 })).toEqual({
      merged: { name: 'b', x: 1 },
      clashes: [],
    })
  })

  it('keeps both sides’ changes to different keys', () => {
    expect(mergeThreeWay({ name: 'a', x: 1 }, { name: 'b', x: 1 }, { name: 'a', x: 2 })).toEqual({
      merged: { name: 'b', x: 2 },
      clashes: [],
    })
  })

  it('keeps the winner’s value where both changed one value, and names the place', () => {
    expect(
      mergeThreeWay(
        { labels: [label('claim', '#111', '3')] },
        { labels: [label('claim', '#222', '3')] },
        { labels: [label('claim', '#333', '3')] },
      ),
    ).toEqual({
      merged: { labels: [label('claim', '#222', '3')] },
      clashes: ['labels[claim].color'],
    })
  })

  it('merges lists of entries by id: the winner’s order, then the other side’s new entries', () => {
    const base = { documents: [{ id: 'd1', title: 'One' }] }
    const winner = {
      documents: [
        { id: 'd1', title: 'One' },
        { id: 'd2', title: 'Two' },
      ],
    }
    const other = {
      documents: [
        { id: 'd1', title: 'One renamed' },
        { id: 'd3', title: 'Three' },
      ],
    }
    expect(mergeThreeWay(base, winner, other)).toEqual({
      merged: {
        documents: [
          { id: 'd1', title: 'One renamed' },
          { id: 'd2', title: 'Two' },
          { id: 'd3', title: 'Three' },
        ],
      },
      clashes: [],
    })
  })

  it('drops an entry one side removed and the other left as it was', () => {
    const base = { labels: [label('a', '#1', '1'), label('b', '#2', '2')] }
    const winner = { labels: [label('a', '#1', '1')] }
    const other = { labels: [label('a', '#1', '1'), label('b', '#2', '2'), label('c', '#3', '3')] }
    expect(mergeThreeWay(base, winner, other).merged).toEqual({
      labels: [label('a', '#1', '1'), label('c', '#3', '3')],
    })
  })

  it('keeps an entry one side removed when the other changed it: that change is someone’s work', () => {
    const base = { labels: [label('b', '#2', '2')] }
    expect(mergeThreeWay(base, { labels: [] }, { labels: [label('b', '#9', '2')] }).merged).toEqual(
      {
        labels: [label('b', '#9', '2')],
      },
    )
  })

  it('takes one entry once when both sides added the same id, the winner’s where they differ', () => {
    expect(
      mergeThreeWay(
        { documents: [] },
        { documents: [{ id: 'd1', added: 'monday' }] },
        { documents: [{ id: 'd1', added: 'tuesday' }] },
      ),
    ).toEqual({
      merged: { documents: [{ id: 'd1', added: 'monday' }] },
      clashes: ['documents[d1].added'],
    })
  })

  it('merges a file both sides created (no base) as two additions', () => {
    expect(mergeThreeWay(undefined, { version: 1, a: 1 }, { version: 1, b: 2 })).toEqual({
      merged: { version: 1, a: 1, b: 2 },
      clashes: [],
    })
  })

  it('treats a list without ids as one value', () => {
    expect(mergeThreeWay({ values: ['x'] }, { values: ['x', 'y'] }, { values: ['z'] })).toEqual({
      merged: { values: ['x', 'y'] },
      clashes: ['values'],
    })
  })
})
