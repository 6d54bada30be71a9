import { describe, expect, it } from 'vitest'

import type { AgreementDocument } from '../../../../src-main/core/agreement/agreement-input'
import {
  computeAgreement,
  computeAgreementByDocument,
} from '../../../../src-main/core/agreement/compute-agreement'
import { DEFAULT_LABELS } from '../../../../src-main/core/labels/label'
import { doc, FERRIES, FERRIES_LAYERS, on } from './agreement-fixture'

const agree = (annotators: readonly string[], documents: readonly AgreementDocument[]) =>
  computeAgreement({ annotators, labels: DEFAULT_LABELS, documents })

const SAIL = 'Ferries sail.'

describe('agreement at the edges', () => {
  it('is 1 everywhere when both annotators tagged exactly the same spans', () => {
    const spans = [
      on(FERRIES, 'pledged 40 new ferries', 'commitment'),
      on(FERRIES, '40', 'statistic'),
    ]
    const report = agree(['ann', 'bob'], [doc('d1', FERRIES, { ann: spans, bob: spans })])
    expect(report).toMatchObject({
      krippendorffAlpha: 1,
      spanF1Strict: 1,
      spanF1Relaxed: 1,
      pairwise: [{ cohenKappa: 1, spanF1Strict: 1, spanF1Relaxed: 1 }],
    })
    // The Statistic nested in the Commitment overlaps both, but each found its own label.
    expect(report.confusion.counts).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ])
  })

  it('is undefined, with reasons, when nobody tagged anything', () => {
    const report = agree(['ann', 'bob'], [doc('d1', FERRIES, { ann: [], bob: [] })])
    expect(report).toMatchObject({
      documents: 1,
      tokens: 6,
      krippendorffAlpha: null,
      krippendorffAlphaReason:
        'every token is in category O for every annotator, so there is no variation to agree on',
      spanF1Strict: null,
      spanF1StrictReason: 'neither annotator has a span in the documents they share',
      pairwise: [
        {
          cohenKappa: null,
          cohenKappaReason:
            'every token is in category O for both annotators, so chance agreement is certain',
          spanF1Relaxed: null,
          spanF1RelaxedReason: 'neither annotator has a span in the documents they share',
        },
      ],
    })
  })

  it('has no pairs and no alpha with one annotator', () => {
    const report = agree(['ann'], [doc('d1', FERRIES, { ann: FERRIES_LAYERS.ann })])
    expect(report).toMatchObject({
      documents: 0,
      documentsWithOneAnnotator: 1,
      tokens: 0,
      krippendorffAlpha: null,
      krippendorffAlphaReason: 'fewer than two annotators are compared',
      spanF1Strict: null,
      spanF1StrictReason: 'fewer than two annotators are compared',
      pairwise: [],
    })
    expect(report.confusion).toEqual({
      counts: [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
      pairwise: [],
    })
  })

  it('leaves out a document only one annotator has', () => {
    const shared = doc('d1', FERRIES, FERRIES_LAYERS)
    const annOnly = doc('d2', SAIL, { ann: [on(SAIL, 'Ferries', 'claim')] })
    const report = agree(['ann', 'bob'], [shared, annOnly])
    expect(report).toEqual({
      ...agree(['ann', 'bob'], [shared]),
      documentsWithOneAnnotator: 1,
    })
    expect(report.pairwise[0]).toMatchObject({ documents: 1, tokens: 6 })
  })

  it('says so when two annotators share no document', () => {
    const report = agree(
      ['ann', 'bob'],
      [doc('d1', FERRIES, { ann: FERRIES_LAYERS.ann }), doc('d2', SAIL, { bob: [] })],
    )
    expect(report).toMatchObject({
      documents: 0,
      documentsWithOneAnnotator: 2,
      krippendorffAlpha: null,
      krippendorffAlphaReason:
        'no document has annotations files from two or more of the annotators',
      pairwise: [
        {
          documents: 0,
          tokens: 0,
          cohenKappa: null,
          cohenKappaReason: 'ann and bob have no document in common',
          spanF1Strict: null,
          spanF1StrictReason: 'ann and bob have no document in common',
        },
      ],
    })
  })

  it('treats a document an annotator lacks as missing data in alpha', () => {
    // d1: ann and bob O C C C C O, cy O×6; d2 (no file from bob): ann Cl Cl O, cy Cl O O.
    // n = 24, Dₒ = 4·2 + 2 = 10, n_O = 13, n_C = 8, n_Cl = 3: α = 1 − 23·10/(576 − 242).
    const commitment = on(FERRIES, 'pledged 40 new ferries', 'commitment')
    const report = agree(
      ['ann', 'bob', 'cy'],
      [
        doc('d1', FERRIES, { ann: [commitment], bob: [commitment], cy: [] }),
        doc('d2', SAIL, {
          ann: [on(SAIL, 'Ferries sail', 'claim')],
          cy: [on(SAIL, 'Ferries', 'claim')],
        }),
      ],
    )
    expect(report.krippendorffAlpha).toBeCloseTo(52 / 167, 12)
    expect([report.documents, report.tokens]).toEqual([2, 9])
    expect(report.pairwise.map((pair) => [pair.a, pair.b, pair.documents, pair.tokens])).toEqual([
      ['ann', 'bob', 1, 6],
      ['ann', 'cy', 2, 9],
      ['bob', 'cy', 1, 6],
    ])
    // ann–cy: agreed 4 of 9; ann O 3, C 4, Cl 2; cy O 8, Cl 1: κ = (36 − 26)/(81 − 26).
    expect(report.pairwise[1]?.cohenKappa).toBeCloseTo(2 / 11, 12)
  })

  it('averages span F1 over the pairs where it is defined', () => {
    // ann–bob: strict 0, relaxed 2/3; cy shares no document with them, so those pairs are null.
    const report = agree(
      ['ann', 'bob', 'cy'],
      [doc('d1', FERRIES, FERRIES_LAYERS), doc('d2', SAIL, { cy: [] })],
    )
    expect(report.pairwise.map((pair) => pair.spanF1Relaxed)).toEqual([2 / 3, null, null])
    expect([report.spanF1Strict, report.spanF1Relaxed]).toEqual([0, 2 / 3])
  })

  it('is undefined when every token has one category, while the spans still match', () => {
    const all = [on(FERRIES, FERRIES, 'claim')]
    const report = agree(['ann', 'bob'], [doc('d1', FERRIES, { ann: all, bob: all })])
    expect(report.pairwise[0]).toMatchObject({
      cohenKappa: null,
      cohenKappaReason:
        'every token is in category Claim for both annotators, so chance agreement is certain',
      spanF1Strict: 1,
    })
    expect(report.krippendorffAlphaReason).toBe(
      'every token is in category Claim for every annotator, so there is no variation to agree on',
    )
  })

  it('counts an astral emoji as one token', () => {
    // ann: O S O; bob: O S Cl → agreed 2 of 3, S = 2·1 + 1·1 = 3: κ = (6 − 3)/(9 − 3).
    const text = 'Port 🚢 busy'
    const ship = on(text, '🚢', 'statistic')
    const report = agree(
      ['ann', 'bob'],
      [doc('d1', text, { ann: [ship], bob: [ship, on(text, 'busy', 'claim')] })],
    )
    expect(report.tokens).toBe(3)
    expect(report.pairwise[0]?.cohenKappa).toBe(0.5)
  })

  it('agrees on a token with a combining mark whether or not a span covers the mark', () => {
    const text = 'Cafe\u0301 open'
    const report = agree(
      ['ann', 'bob'],
      [
        doc('d1', text, {
          ann: [{ start: 0, end: 4, label: 'claim' }],
          bob: [{ start: 0, end: 5, label: 'claim' }],
        }),
      ],
    )
    expect(report).toMatchObject({
      tokens: 2,
      pairwise: [{ cohenKappa: 1, spanF1Strict: 0, spanF1Relaxed: 1 }],
    })
  })

  it('reports a label the label set lacks by its id, after the project labels', () => {
    const report = agree(
      ['ann', 'bob'],
      [
        doc('d1', FERRIES, {
          ann: [on(FERRIES, 'new', 'quote')],
          bob: [on(FERRIES, 'new', 'quote')],
        }),
      ],
    )
    expect(report.labels).toEqual(['Commitment', 'Statistic', 'Claim', 'quote'])
    expect(report.perLabel['quote']).toMatchObject({ krippendorffAlpha: 1, spanF1Strict: 1 })
  })

  it('forms pairs in the order the annotators are given', () => {
    const report = agree(['bob', 'ann'], [doc('d1', FERRIES, FERRIES_LAYERS)])
    expect(report.pairwise.map((pair) => [pair.a, pair.b])).toEqual([['bob', 'ann']])
    expect(report.perLabel['Statistic']?.pairwise[0]).toMatchObject({ a: 'bob', b: 'ann' })
  })
})

describe('agreement per document', () => {
  it("gives each document its own figures and says why one annotator's document has none", () => {
    const { documents } = computeAgreementByDocument({
      annotators: ['ann', 'bob'],
      labels: DEFAULT_LABELS,
      documents: [
        doc('d1', FERRIES, FERRIES_LAYERS),
        doc('d2', SAIL, { ann: [on(SAIL, 'Ferries', 'claim')] }),
        doc('d3', SAIL, {}),
      ],
    })
    expect(documents).toEqual([
      {
        docId: 'd1',
        annotators: ['ann', 'bob'],
        tokens: 6,
        spans: 3,
        krippendorffAlpha: expect.closeTo(19 / 41, 12),
        spanF1Strict: 0,
        spanF1Relaxed: 2 / 3,
      },
      {
        docId: 'd2',
        annotators: ['ann'],
        tokens: 3,
        spans: 1,
        krippendorffAlpha: null,
        krippendorffAlphaReason: 'only ann has an annotations file for this document',
        spanF1Strict: null,
        spanF1StrictReason: 'only ann has an annotations file for this document',
        spanF1Relaxed: null,
        spanF1RelaxedReason: 'only ann has an annotations file for this document',
      },
      expect.objectContaining({
        docId: 'd3',
        annotators: [],
        krippendorffAlphaReason: 'none of the annotators has an annotations file for this document',
      }),
    ])
  })
})
