import { describe, expect, it } from 'vitest'

import { GlossFailure } from '../../../../src-main/core/failure'
import { applyChangeSet, invertChangeSet } from '../../../../src-main/core/spans/change-set'
import { nestingDepths, overlaps } from '../../../../src-main/core/spans/overlaps'
import type { Span, SpanChangeSet } from '../../../../src-main/core/spans/span'
import {
  indexOfSpan,
  layoutSpans,
  patchSpanLayout,
  spansReaching,
  type SpanLayout,
} from '../../../../src-main/core/spans/span-layout'
import { makeSpan } from './make-span'

const TEXT = 'The council will add 14 bus routes by March, the mayor said on Tuesday evening.'
const council = makeSpan('s1', TEXT, 4, 11)
const routes = makeSpan('s2', TEXT, 21, 34, { label: 'statistic' })
const addRoutes = makeSpan('s3', TEXT, 17, 43, { label: 'commitment' })
const mayor = makeSpan('s4', TEXT, 49, 54)
const empty: SpanChangeSet = { created: [], updated: [], deleted: [] }

const ids = (layout: SpanLayout): string[] => layout.spans.map((span) => span.id)
const rows = (layout: SpanLayout): [string, number][] =>
  layout.spans.map((span, i) => [span.id, layout.depths[i] as number])

/** What the layout should be: the spans `applyChangeSet` gives, rows from `nestingDepths`. */
const expectConsistent = (layout: SpanLayout): void => {
  expect(rows(layout)).toEqual([...nestingDepths(layout.spans)])
  expect(Array.from(layout.reach)).toEqual(Array.from(layoutSpans(layout.spans).reach))
  const counts = new Map<string, number>()
  for (const span of layout.spans) counts.set(span.label, (counts.get(span.label) ?? 0) + 1)
  expect(new Map([...layout.labelCounts].sort())).toEqual(new Map([...counts].sort()))
}

describe('layoutSpans', () => {
  it('keeps the spans in text order with each one’s underline row and the label counts', () => {
    const layout = layoutSpans([mayor, routes, council, addRoutes])
    expect(rows(layout)).toEqual([
      ['s1', 0],
      ['s3', 0],
      ['s2', 1],
      ['s4', 0],
    ])
    expect(layout.labelCounts).toEqual(
      new Map([
        ['claim', 2],
        ['statistic', 1],
        ['commitment', 1],
      ]),
    )
  })

  it('records how far the spans before each one reach', () => {
    expect(Array.from(layoutSpans([council, addRoutes, routes, mayor]).reach)).toEqual([
      0, 11, 43, 43, 54,
    ])
  })
})

describe('patchSpanLayout', () => {
  it('gives the spans applyChangeSet gives, for a creation, an update and a deletion', () => {
    const before = layoutSpans([council, routes, mayor])
    const relabelled = { ...routes, label: 'claim' }
    const changes = {
      created: [addRoutes],
      updated: [{ old: routes, new: relabelled }],
      deleted: [mayor],
    }
    const after = patchSpanLayout(before, changes)
    expect(after.spans).toEqual(applyChangeSet(before.spans, changes))
    expectConsistent(after)
  })

  it('puts a span created inside another one row below it', () => {
    const after = patchSpanLayout(layoutSpans([addRoutes, mayor]), { ...empty, created: [routes] })
    expect(rows(after)).toEqual([
      ['s3', 0],
      ['s2', 1],
      ['s4', 0],
    ])
  })

  it('moves a nested span back up when the span around it is deleted', () => {
    const after = patchSpanLayout(layoutSpans([addRoutes, routes]), {
      ...empty,
      deleted: [addRoutes],
    })
    expect(rows(after)).toEqual([['s2', 0]])
  })

  it('leaves the layout it was given as it was', () => {
    const before = layoutSpans([council])
    patchSpanLayout(before, { ...empty, created: [routes] })
    expect(ids(before)).toEqual(['s1'])
  })

  it('refuses a stale edit with the same conflict applyChangeSet reports', () => {
    const stale = { ...council, note: 'an older note' }
    const changes = { ...empty, updated: [{ old: stale, new: { ...council, label: 'statistic' } }] }
    const failure = (run: () => unknown): unknown => {
      try {
        run()
      } catch (error) {
        if (error instanceof GlossFailure) return error.toError()
      }
      return null
    }
    expect(failure(() => patchSpanLayout(layoutSpans([council]), changes))).toEqual(
      failure(() => applyChangeSet([council], changes)),
    )
    expect(failure(() => patchSpanLayout(layoutSpans([council]), changes))).toMatchObject({
      code: 'conflict',
      message: 'Cannot update span s1: it was changed since this edit was made.',
    })
  })

  it('undoes a change set applied before it', () => {
    const changes = { ...empty, created: [routes], deleted: [council] }
    const start = layoutSpans([council, addRoutes])
    const undone = patchSpanLayout(patchSpanLayout(start, changes), invertChangeSet(changes))
    expect(rows(undone)).toEqual(rows(start))
  })

  it('agrees with applyChangeSet and nestingDepths over a long run of random edits', () => {
    let state = 11
    const random = (below: number): number => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
      return Math.floor((state / 2_147_483_648) * below)
    }
    const spanAt = (n: number): Span => {
      const start = random(900)
      return makeSpan(`r${n}`, 'x'.repeat(1_000), start, start + 1 + random(60), {
        label: ['claim', 'statistic', 'commitment'][random(3)],
      })
    }
    let layout = layoutSpans(Array.from({ length: 120 }, (_, n) => spanAt(n)))
    let plain = layout.spans
    for (let step = 0; step < 400; step++) {
      const pick = (): Span => layout.spans[random(layout.spans.length)] as Span
      const kind = layout.spans.length < 5 ? 0 : random(4)
      const old = pick()
      const changes: SpanChangeSet = [
        { ...empty, created: [spanAt(1_000 + step)] },
        { ...empty, deleted: [old] },
        { ...empty, updated: [{ old, new: { ...spanAt(0), id: old.id } }] },
        { ...empty, created: [spanAt(5_000 + step)], deleted: [old] },
      ][kind] as SpanChangeSet
      layout = patchSpanLayout(layout, changes)
      plain = applyChangeSet(plain, changes)
      expect(layout.spans).toEqual(plain)
      expectConsistent(layout)
    }
  })
})

describe('spansReaching', () => {
  const layout = layoutSpans([council, addRoutes, routes, mayor])

  it('finds the spans inside a stretch and those reaching into it from before', () => {
    expect(spansReaching(layout, 30, 50).map((i) => layout.spans[i]?.id)).toEqual([
      's3',
      's2',
      's4',
    ])
  })

  it('leaves out spans that only touch the stretch', () => {
    expect(spansReaching(layout, 11, 17)).toEqual([])
  })

  it('finds the same spans as checking every one', () => {
    for (let start = 0; start < TEXT.length; start += 3) {
      const end = start + 7
      const expected = layout.spans.flatMap((span, i) =>
        overlaps(span, { start, end }) ? [i] : [],
      )
      expect(spansReaching(layout, start, end)).toEqual(expected)
    }
  })
})

describe('indexOfSpan', () => {
  it('finds a span by id, with or without a hint where it is', () => {
    const layout = layoutSpans([council, addRoutes, routes])
    expect([indexOfSpan(layout, 's2', routes), indexOfSpan(layout, 's2')]).toEqual([2, 2])
    expect(indexOfSpan(layout, 's9')).toBe(-1)
  })
})
