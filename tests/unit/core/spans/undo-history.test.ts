import { describe, expect, it } from 'vitest'

import type { SpanChangeSet } from '../../../../src-main/core/spans/span'
import {
  KEPT_UNDO_STEPS,
  keptUndoSteps,
  spansFingerprint,
} from '../../../../src-main/core/spans/undo-history'
import { makeSpan } from './make-span'

const TEXT = 'The ministry will publish the figures in May.'
const a = makeSpan('a', TEXT, 4, 12)
const b = makeSpan('b', TEXT, 30, 37, { label: 'statistic' })

describe('spansFingerprint', () => {
  it('is the same for the same spans in any order', () => {
    expect(spansFingerprint([a, b])).toBe(spansFingerprint([b, a]))
  })

  it('has the form count-hash', () => {
    expect(spansFingerprint([a, b])).toMatch(/^2-[0-9a-f]{14}$/)
    expect(spansFingerprint([])).toMatch(/^0-[0-9a-f]{14}$/)
  })

  it.each([
    ['a span is added', [a, b, makeSpan('c', TEXT, 0, 3)]],
    ['a span is removed', [a]],
    ['a span is moved', [a, { ...b, end: 36 }]],
    ['a span is relabelled', [a, { ...b, label: 'claim' }]],
    ['a note is added', [a, { ...b, note: 'check the source' }]],
    ['a span was changed later', [a, { ...b, updatedAt: '2024-05-02T11:00:00.000Z' }]],
  ])('changes when %s', (_why, spans) => {
    expect(spansFingerprint(spans)).not.toBe(spansFingerprint([a, b]))
  })
})

describe('keptUndoSteps', () => {
  const step = (n: number): SpanChangeSet => ({
    created: [makeSpan(`s${n}`, TEXT, 0, 3)],
    updated: [],
    deleted: [],
  })

  it(`keeps the last ${KEPT_UNDO_STEPS} steps of each stack, tops included`, () => {
    const undo = Array.from({ length: KEPT_UNDO_STEPS + 50 }, (_, n) => step(n))
    const redo = [step(1000)]

    const kept = keptUndoSteps({ undo, redo })

    expect(kept.undo).toHaveLength(KEPT_UNDO_STEPS)
    expect(kept.undo[0]).toBe(undo[50])
    expect(kept.undo.at(-1)).toBe(undo.at(-1))
    expect(kept.redo).toEqual(redo)
  })

  it('keeps at least the 100 steps the issue asks for', () => {
    expect(KEPT_UNDO_STEPS).toBeGreaterThanOrEqual(100)
  })
})
