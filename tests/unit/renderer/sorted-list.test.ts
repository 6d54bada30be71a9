import { describe, expect, it } from 'vitest'

import type { ListedDocument } from '../../../src-main/core/documents/listed-document'
import { createSortedList } from '../../../src-renderer/state/sorted-list'
import { idsOf, listed } from '../core/documents/listed'

const BY_TITLE = { key: 'title', ascending: true } as const
const BY_SPANS = { key: 'spans', ascending: false } as const
const LIST = [
  listed('a', 'Ports', 1, 'todo', 1),
  listed('b', 'Budget', 2, 'todo', 2),
  listed('c', 'Ferries', 3, 'todo', 3),
]
const withRow = (list: readonly ListedDocument[], id: string, change: Partial<ListedDocument>) =>
  list.map((row) => (row.id === id ? { ...row, ...change } : row))

describe('the sorted list kept between edits', () => {
  it('gives the new rows, in the order kept, when a field it does not sort by changed', () => {
    const sorted = createSortedList<ListedDocument>()
    sorted(LIST, BY_TITLE)
    const edited = withRow(LIST, 'a', { spanCount: 9 })

    const again = sorted(edited, BY_TITLE)

    expect(idsOf(again)).toEqual(['b', 'c', 'a'])
    expect(again[2]).toBe(edited[0])
  })

  it('sorts again when a title changed', () => {
    const sorted = createSortedList<ListedDocument>()
    sorted(LIST, BY_TITLE)
    expect(idsOf(sorted(withRow(LIST, 'a', { title: 'Arrivals' }), BY_TITLE))).toEqual([
      'a',
      'b',
      'c',
    ])
  })

  it('sorts again when the count it sorts by changed', () => {
    const sorted = createSortedList<ListedDocument>()
    sorted(LIST, BY_SPANS)
    expect(idsOf(sorted(withRow(LIST, 'a', { spanCount: 9 }), BY_SPANS))).toEqual(['a', 'c', 'b'])
  })

  it('sorts again when the sort changed', () => {
    const sorted = createSortedList<ListedDocument>()
    sorted(LIST, BY_TITLE)
    expect(idsOf(sorted(LIST, BY_SPANS))).toEqual(['c', 'b', 'a'])
  })
})
