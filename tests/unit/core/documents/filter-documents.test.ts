import { describe, expect, it } from 'vitest'

import { filterDocuments, NO_FILTER } from '../../../../src-main/core/documents/filter-documents'
import { idsOf, listed } from './listed'

const LIST = [
  listed('a', 'Minister pledges', 1, 'done', 3, [
    { label: 'claim', spans: 1 },
    { label: 'commitment', spans: 2 },
  ]),
  listed('b', 'Budget vote', 2, 'todo', 0),
  listed('c', 'Ferries', 3, 'in-progress', 1, [{ label: 'statistic', spans: 1 }]),
  listed('d', 'Ports', 4, 'done', 1, [{ label: 'commitment', spans: 1 }]),
]

describe('filtering the document list', () => {
  it('shows every document, in the order given, when nothing is chosen', () => {
    expect(idsOf(filterDocuments(LIST, NO_FILTER))).toEqual(['a', 'b', 'c', 'd'])
  })

  it('by label: the documents with at least one span of it', () => {
    expect(idsOf(filterDocuments(LIST, { status: 'all', label: 'commitment' }))).toEqual(['a', 'd'])
  })

  it('by a label no document has a span of: none', () => {
    expect(filterDocuments(LIST, { status: 'all', label: 'quote' })).toEqual([])
  })

  it('by status and label together: both must hold', () => {
    expect(idsOf(filterDocuments(LIST, { status: 'done', label: 'commitment' }))).toEqual([
      'a',
      'd',
    ])
    expect(idsOf(filterDocuments(LIST, { status: 'in-progress', label: 'commitment' }))).toEqual([])
    expect(idsOf(filterDocuments(LIST, { status: 'in-progress', label: 'statistic' }))).toEqual([
      'c',
    ])
  })

  it('does not count a label whose spans were all deleted', () => {
    const emptied = [listed('e', 'Emptied', 5, 'in-progress', 0, [{ label: 'claim', spans: 0 }])]
    expect(filterDocuments(emptied, { status: 'all', label: 'claim' })).toEqual([])
  })
})
