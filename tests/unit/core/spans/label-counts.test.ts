import { describe, expect, it } from 'vitest'

import { countLabels, patchLabelCounts } from '../../../../src-main/core/spans/label-counts'
import type { Span } from '../../../../src-main/core/spans/span'

const STAMP = '2026-01-01T00:00:00.000Z'
const span = (id: string, label: string): Span => ({
  id,
  start: 0,
  end: 1,
  label,
  text: 'x',
  createdAt: STAMP,
  updatedAt: STAMP,
})

describe('counting spans per label', () => {
  it('counts each label once, ordered by label id', () => {
    expect(
      countLabels([span('1', 'statistic'), span('2', 'claim'), span('3', 'statistic')]),
    ).toEqual([
      { label: 'claim', spans: 1 },
      { label: 'statistic', spans: 2 },
    ])
  })

  it('counts a label named like an object property as any other', () => {
    expect(countLabels([span('1', '__proto__'), span('2', 'constructor')])).toEqual([
      { label: '__proto__', spans: 1 },
      { label: 'constructor', spans: 1 },
    ])
  })

  it('follows an edit: created, deleted and relabelled spans', () => {
    const counts = [
      { label: 'claim', spans: 1 },
      { label: 'statistic', spans: 2 },
    ]
    const patched = patchLabelCounts(counts, {
      created: [span('4', 'commitment')],
      updated: [{ old: span('1', 'claim'), new: span('1', 'statistic') }],
      deleted: [span('2', 'statistic')],
    })
    expect(patched).toEqual([
      { label: 'commitment', spans: 1 },
      { label: 'statistic', spans: 2 },
    ])
  })

  it('drops a label when its last span goes', () => {
    expect(
      patchLabelCounts([{ label: 'claim', spans: 1 }], {
        created: [],
        updated: [],
        deleted: [span('1', 'claim')],
      }),
    ).toEqual([])
  })
})
