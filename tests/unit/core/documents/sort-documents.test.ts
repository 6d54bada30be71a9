import { describe, expect, it } from 'vitest'

import { sortDocuments } from '../../../../src-main/core/documents/sort-documents'
import { idsOf, listed } from './listed'

// In project order (the order of documents/index.json): a merged colleague's article (e)
// comes last though it was added first, and two articles share a title and a day.
const LIST = [
  listed('a', 'Minister pledges 14 bus routes', 3, 'done', 4),
  listed('b', 'budget vote delayed', 5, 'todo', 0),
  listed('c', 'Ánh sáng cho làng', 5, 'in-progress', 4),
  listed('d', 'Item 10: ports', 7, 'todo', 12),
  listed('e', 'Item 9: ferries', 1, 'done', 0),
  listed('f', 'budget vote delayed', 8, 'in-progress', 4),
]

describe('sorting the document list', () => {
  it('by title A to Z: accents and case aside, numbers by value, equal titles in project order', () => {
    expect(idsOf(sortDocuments(LIST, { key: 'title', ascending: true }))).toEqual([
      'c',
      'b',
      'f',
      'e',
      'd',
      'a',
    ])
  })

  it('by title Z to A: equal titles still in project order', () => {
    expect(idsOf(sortDocuments(LIST, { key: 'title', ascending: false }))).toEqual([
      'a',
      'd',
      'e',
      'b',
      'f',
      'c',
    ])
  })

  it('by date added, oldest first: the same day in project order', () => {
    expect(idsOf(sortDocuments(LIST, { key: 'added', ascending: true }))).toEqual([
      'e',
      'a',
      'b',
      'c',
      'd',
      'f',
    ])
  })

  it('by date added, newest first: the same day still in project order', () => {
    expect(idsOf(sortDocuments(LIST, { key: 'added', ascending: false }))).toEqual([
      'f',
      'd',
      'b',
      'c',
      'a',
      'e',
    ])
  })

  it('by status: to do, then in progress, then done, each in project order', () => {
    expect(idsOf(sortDocuments(LIST, { key: 'status', ascending: true }))).toEqual([
      'b',
      'd',
      'c',
      'f',
      'a',
      'e',
    ])
  })

  it('by status the other way: done first, each status still in project order', () => {
    expect(idsOf(sortDocuments(LIST, { key: 'status', ascending: false }))).toEqual([
      'a',
      'e',
      'c',
      'f',
      'b',
      'd',
    ])
  })

  it('by span count, most first: equal counts in project order', () => {
    expect(idsOf(sortDocuments(LIST, { key: 'spans', ascending: false }))).toEqual([
      'd',
      'a',
      'c',
      'f',
      'b',
      'e',
    ])
  })

  it('by span count, fewest first', () => {
    expect(idsOf(sortDocuments(LIST, { key: 'spans', ascending: true }))).toEqual([
      'b',
      'e',
      'a',
      'c',
      'f',
      'd',
    ])
  })

  it('leaves the list it was given as it was', () => {
    const before = idsOf(LIST)
    sortDocuments(LIST, { key: 'title', ascending: true })
    expect(idsOf(LIST)).toEqual(before)
  })
})
