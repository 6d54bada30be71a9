import { describe, expect, it } from 'vitest'

import type { MergeLayer, MergeSummary } from '../../../../src-main/core/project/merge-summary'
import {
  documentsLine,
  layerOutcome,
  layerTitle,
  unknownLabelsWarning,
} from '../../../../src-main/core/project/merge-wording'

const layer = (over: Partial<MergeLayer>): MergeLayer => ({
  name: 'bob',
  as: 'bob',
  state: 'new',
  filesAdded: 0,
  filesAlreadyHere: 0,
  filesDiffering: 0,
  documents: 0,
  spans: 0,
  ...over,
})

describe('how a merged layer is described', () => {
  it('names a renamed layer by both names', () => {
    expect(layerTitle(layer({ as: 'bob-2' }))).toBe('bob → bob-2')
    expect(layerTitle(layer({}))).toBe('bob')
  })

  it('says what each state brings, in the plan and after the merge', () => {
    const adding = layer({
      state: 'adding',
      filesAdded: 1,
      filesAlreadyHere: 2,
      documents: 1,
      spans: 1,
    })
    expect(layerOutcome(adding, false)).toBe('adds 1 file (1 document), 1 span; 2 already here')
    expect(layerOutcome(adding, true)).toBe('added 1 file (1 document), 1 span; 2 already here')
    expect(layerOutcome(layer({ filesAdded: 2, documents: 2, spans: 1_200 }), true)).toBe(
      'new layer, 2 files (2 documents), 1,200 spans',
    )
    expect(layerOutcome(layer({ state: 'already-here', filesAlreadyHere: 1 }), true)).toBe(
      'already here (1 file)',
    )
    expect(layerOutcome(layer({ state: 'clash', filesDiffering: 3 }), false)).toBe(
      "clashes with this project's bob (3 files differ), so nothing of it is merged",
    )
  })
})

describe('the rest of a merge summary', () => {
  it('lists the labels this project lacks and what to do', () => {
    expect(unknownLabelsWarning([])).toBeNull()
    expect(unknownLabelsWarning([{ id: 'hedge', name: 'Hedge', spans: 1 }])).toBe(
      "Hedge (1 span) is not in this project's labels: add it in Settings with the same name to see and export those spans.",
    )
    expect(
      unknownLabelsWarning([
        { id: 'hedge', name: 'Hedge', spans: 2 },
        { id: 'source', name: 'Source', spans: 1 },
      ]),
    ).toBe(
      "Hedge (2 spans), Source (1 span) are not in this project's labels: add them in Settings with the same name to see and export those spans.",
    )
  })

  it('names the first ten documents added and counts the others', () => {
    const summary = (count: number): MergeSummary => ({
      from: '/p',
      fromName: 'p',
      applied: true,
      layers: [],
      documentsAdded: Array.from({ length: count }, (_, n) => ({ id: `${n}`, title: `T${n}` })),
      refused: [],
      unknownLabels: [],
    })
    expect(documentsLine(summary(0))).toBe('no documents added')
    expect(documentsLine(summary(12))).toBe(
      '12 documents added: T0; T1; T2; T3; T4; T5; T6; T7; T8; T9; …and 2 more',
    )
  })
})
