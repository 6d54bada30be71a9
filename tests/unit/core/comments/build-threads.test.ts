import { describe, expect, it } from 'vitest'

import { buildThreads, unresolvedCount } from '../../../../src-main/core/comments/build-threads'
import { at, comment, file, rangeTarget, resolution, spanTarget, thread } from './comment-files'

const BUSES = spanTarget('add 400 buses by 2027', 's1')

describe('buildThreads', () => {
  it('puts one thread together from the files of everyone who took part', () => {
    const rita = file('rita', thread('t1', BUSES, 1), comment('c1', 't1', 'Is 2027 part of it?', 1))
    const lan = file('lan', comment('c2', 't1', 'Yes, the pledge has a date.', 5))
    const minh = file('minh', comment('c3', 't1', 'Agreed.', 9))

    expect(buildThreads([minh, lan, rita])).toEqual([
      {
        id: 't1',
        author: 'rita',
        target: BUSES,
        createdAt: at(1),
        comments: [
          { id: 'c1', author: 'rita', text: 'Is 2027 part of it?', createdAt: at(1) },
          { id: 'c2', author: 'lan', text: 'Yes, the pledge has a date.', createdAt: at(5) },
          { id: 'c3', author: 'minh', text: 'Agreed.', createdAt: at(9) },
        ],
        resolved: false,
        resolution: null,
      },
    ])
  })

  it('takes the resolved state from the latest resolve or reopen, by whoever made it', () => {
    const rita = file(
      'rita',
      thread('t1', BUSES, 1),
      comment('c1', 't1', 'Check the year.', 1),
      resolution('r2', 't1', false, 20),
    )
    const lan = file('lan', resolution('r1', 't1', true, 10))

    const [reopened] = buildThreads([lan, rita])
    expect(reopened).toMatchObject({
      resolved: false,
      resolution: { author: 'rita', resolved: false, createdAt: at(20) },
    })
    const [resolved] = buildThreads([file('lan', resolution('r3', 't1', true, 30)), lan, rita])
    expect(resolved).toMatchObject({
      resolved: true,
      resolution: { author: 'lan', resolved: true, createdAt: at(30) },
    })
  })

  it('orders replies by time, then by author, and one author’s same-moment replies as written', () => {
    const rita = file(
      'rita',
      thread('t1', BUSES, 1),
      comment('c1', 't1', 'first', 1),
      comment('c4', 't1', 'rita, second of the same second', 7),
      comment('c3', 't1', 'rita, first of the same second', 7),
    )
    const bao = file('bao', comment('c2', 't1', 'bao at the same second', 7))

    const texts = buildThreads([rita, bao])[0]?.comments.map((c) => `${c.author}: ${c.text}`)
    expect(texts).toEqual([
      'rita: first',
      'bao: bao at the same second',
      'rita: rita, second of the same second',
      'rita: rita, first of the same second',
    ])
  })

  it('lists threads in text order, the longer target first, then the older thread', () => {
    const rita = file(
      'rita',
      thread('late', rangeTarget('the minister said'), 1),
      thread('inner-new', spanTarget('400 buses', 's2', 'statistic'), 9),
      thread('inner-old', rangeTarget('400 buses'), 3),
      thread('outer', BUSES, 5),
    )
    expect(buildThreads([rita]).map((t) => t.id)).toEqual([
      'outer',
      'inner-old',
      'inner-new',
      'late',
    ])
  })

  it('leaves out replies to a thread no file starts, and keeps the older start of a copied thread', () => {
    const rita = file('rita', thread('t1', BUSES, 1), comment('c1', 't1', 'mine', 1))
    const copy = file('lan', thread('t1', rangeTarget('the minister said'), 4))
    const orphan = file('minh', comment('c9', 'gone', 'reply to a thread not here yet', 2))

    const threads = buildThreads([copy, orphan, rita])
    expect(threads.map((t) => [t.id, t.author, t.target])).toEqual([['t1', 'rita', BUSES]])
    expect(threads[0]?.comments.map((c) => c.id)).toEqual(['c1'])
  })

  it('counts the threads that are not resolved', () => {
    const rita = file(
      'rita',
      thread('t1', BUSES, 1),
      thread('t2', rangeTarget('the minister said'), 2),
      thread('t3', rangeTarget('400 buses'), 3),
      resolution('r1', 't2', true, 4),
    )
    expect(unresolvedCount(buildThreads([rita]))).toBe(2)
    expect(unresolvedCount([])).toBe(0)
  })
})
