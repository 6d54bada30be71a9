import { describe, expect, it } from 'vitest'

import { buildThreads } from '../../../../src-main/core/comments/build-threads'
import {
  countThreads,
  placeThreads,
  sameTarget,
  spanAnchor,
  threadsOn,
} from '../../../../src-main/core/comments/place-threads'
import { makeSpan } from '../spans/make-span'
import { file, rangeTarget, resolution, spanTarget, TEXT, thread } from './comment-files'

const BUSES = spanTarget('add 400 buses by 2027', 's1')
const NUMBER = spanTarget('400 buses', 's2', 'statistic')
const spanOver = (id: string, phrase: string, label: string) => {
  const start = TEXT.indexOf(phrase)
  return makeSpan(id, TEXT, start, start + phrase.length, { label })
}

describe('placeThreads', () => {
  const threads = buildThreads([
    file(
      'rita',
      thread('on-buses', BUSES, 1),
      thread('on-deleted', NUMBER, 2),
      thread('on-range', rangeTarget('the minister said'), 3),
      thread('on-minh', { ...BUSES, annotator: 'minh' }, 4),
      thread('on-gold', { ...BUSES, annotator: '_gold' }, 5),
    ),
  ])

  it('hangs threads on the annotator’s own spans that still exist, the rest elsewhere', () => {
    const placed = placeThreads(threads, 'lan', [
      spanOver('s1', 'add 400 buses by 2027', 'commitment'),
    ])

    expect([...placed.bySpan].map(([id, list]) => [id, list.map((t) => t.id)])).toEqual([
      ['s1', ['on-buses']],
    ])
    // Same place, so by age: minh's thread came before gold's.
    expect(placed.elsewhere.map((t) => t.id)).toEqual([
      'on-minh',
      'on-gold',
      'on-deleted',
      'on-range',
    ])
  })

  it('keeps the thread of a deleted span with the span as it was', () => {
    const placed = placeThreads(threads, 'lan', [])
    const deleted = placed.elsewhere.find((t) => t.id === 'on-deleted')

    expect(deleted?.target).toEqual({
      kind: 'span',
      annotator: 'lan',
      spanId: 's2',
      start: 22,
      end: 31,
      label: 'statistic',
      text: '400 buses',
    })
    expect(spanAnchor(NUMBER, undefined)).toBe('deleted')
  })
})

describe('spanAnchor', () => {
  it('says whether the span is still as the thread found it', () => {
    expect(spanAnchor(BUSES, spanOver('s1', 'add 400 buses by 2027', 'commitment'))).toBe('same')
    expect(spanAnchor(BUSES, spanOver('s1', 'add 400 buses by 2027', 'claim'))).toBe('changed')
    expect(spanAnchor(BUSES, spanOver('s1', 'add 400 buses', 'commitment'))).toBe('changed')
  })
})

describe('threadsOn', () => {
  it('matches a span by its layer and id, and a range by its offsets', () => {
    const moved = { ...BUSES, start: 0, end: 3, text: 'The' }
    expect(sameTarget(BUSES, moved)).toBe(true)
    expect(sameTarget(BUSES, { ...BUSES, annotator: 'minh' })).toBe(false)
    expect(sameTarget(rangeTarget('400 buses'), rangeTarget('400 buses'))).toBe(true)
    expect(sameTarget(rangeTarget('400 buses'), NUMBER)).toBe(false)
    const threads = buildThreads([
      file('rita', thread('a', BUSES, 1), thread('b', rangeTarget('400 buses'), 2)),
    ])
    expect(threadsOn(threads, rangeTarget('400 buses')).map((t) => t.id)).toEqual(['b'])
  })
})

describe('countThreads', () => {
  it('gives the open and the total number of threads, for a badge', () => {
    const threads = buildThreads([
      file('rita', thread('a', BUSES, 1), thread('b', NUMBER, 2), resolution('r', 'b', true, 3)),
    ])
    expect(countThreads(threads)).toEqual({ open: 1, total: 2 })
  })
})
