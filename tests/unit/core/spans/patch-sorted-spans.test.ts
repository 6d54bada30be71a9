import { describe, expect, it } from 'vitest'

import { applyChangeSet } from '../../../../src-main/core/spans/change-set'
import { sortSpans } from '../../../../src-main/core/spans/overlaps'
import { patchSortedSpans } from '../../../../src-main/core/spans/patch-sorted-spans'
import { replayChangeSet } from '../../../../src-main/core/spans/replay-change-set'
import type { Span, SpanChangeSet } from '../../../../src-main/core/spans/span'
import { makeSpan } from './make-span'

const TEXT =
  'The council will add 14 bus routes by March, and the port will hire 30 staff. '.repeat(20)
const LABELS = ['claim', 'statistic', 'commitment']

/** A deterministic stream of numbers in [0, 1). */
function numbers(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

function spanAt(id: string, random: () => number): Span {
  const start = Math.floor(random() * (TEXT.length - 20))
  const end = start + 1 + Math.floor(random() * 15)
  return makeSpan(id, TEXT, start, end, { label: LABELS[Math.floor(random() * 3)] as string })
}

/** Sorted spans and a valid change set on them touching `touched` of them. */
function scenario(seed: number, count: number, touched: number) {
  const random = numbers(seed)
  const spans = sortSpans(Array.from({ length: count }, (_, i) => spanAt(`s${i}`, random)))
  const picked = [...new Set(Array.from({ length: touched }, () => Math.floor(random() * count)))]
  const third = Math.ceil(picked.length / 3)
  const changes: SpanChangeSet = {
    deleted: picked.slice(0, third).map((i) => spans[i] as Span),
    updated: picked.slice(third, 2 * third).map((i) => {
      const old = spans[i] as Span
      return { old, new: { ...spanAt(old.id, random), createdAt: old.createdAt } }
    }),
    created: Array.from({ length: third }, (_, k) => spanAt(`new${k}`, random)),
  }
  return { spans, changes }
}

describe('patchSortedSpans', () => {
  it('gives what applyChangeSet gives, for small and large change sets', () => {
    for (const [seed, touched] of [
      [1, 3],
      [2, 1],
      [3, 12],
      [4, 150],
      [5, 400],
    ] as const) {
      const { spans, changes } = scenario(seed, 500, touched)
      expect(patchSortedSpans(spans, changes, applyChangeSet)).toEqual(
        applyChangeSet(spans, changes),
      )
    }
  })

  it('refuses a stale change set with the conflict applyChangeSet gives, changing nothing', () => {
    const { spans, changes } = scenario(6, 200, 9)
    const stale = changes.updated[0]
    if (stale === undefined) throw new Error('the scenario has no update')
    const changed = { ...changes, updated: [{ old: { ...stale.old, label: 'x' }, new: stale.new }] }
    const copy = [...spans]

    expect(() => patchSortedSpans(spans, changed, applyChangeSet)).toThrow(
      `Cannot update span ${stale.old.id}: it was changed since this edit was made.`,
    )
    expect(() =>
      patchSortedSpans(spans, { ...changes, created: [spans[5] as Span] }, applyChangeSet),
    ).toThrow(`Cannot create span ${(spans[5] as Span).id}: a span with that id already exists.`)
    expect(spans).toEqual(copy)
  })

  it('applies to spans out of order (a file edited by hand) and returns them in order', () => {
    const { spans, changes } = scenario(7, 100, 6)
    const shuffled = [...spans].reverse()
    expect(patchSortedSpans(shuffled, changes, applyChangeSet)).toEqual(
      applyChangeSet(spans, changes),
    )
  })
})

describe('replayChangeSet', () => {
  it('changes nothing when replayed onto spans that already hold a run of change sets', () => {
    let spans = scenario(8, 300, 0).spans
    const run: SpanChangeSet[] = []
    for (let seed = 9; seed < 14; seed++) {
      const next = scenario(seed, 300, 10).changes
      // Each change set of the run applies to what the ones before it left.
      const changes = {
        ...next,
        deleted: next.deleted.flatMap((span) => spans.filter((held) => held.id === span.id)),
        updated: next.updated.flatMap(({ new: changed }) => {
          const old = spans.find((held) => held.id === changed.id)
          return old === undefined ? [] : [{ old, new: changed }]
        }),
        created: next.created.map((span) => ({ ...span, id: `${span.id}-${seed}` })),
      }
      spans = applyChangeSet(spans, changes)
      run.push(changes)
    }

    expect(run.reduce(replayChangeSet, spans)).toEqual(spans)
  })

  it('never refuses: what a change set names gets its version, whatever was there', () => {
    const council = makeSpan('s1', TEXT, 4, 11)
    const routes = makeSpan('s2', TEXT, 21, 34)
    const changes: SpanChangeSet = {
      deleted: [makeSpan('gone', TEXT, 0, 3)],
      updated: [{ old: makeSpan('s2', TEXT, 0, 3), new: { ...routes, label: 'statistic' } }],
      created: [{ ...council, label: 'commitment' }],
    }
    expect(replayChangeSet([council], changes)).toEqual([
      { ...council, label: 'commitment' },
      { ...routes, label: 'statistic' },
    ])
  })
})
