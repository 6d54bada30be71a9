import { describe, expect, it } from 'vitest'

import { computeAgreement } from '../../../../src-main/core/agreement/compute-agreement'
import type { AgreementDocument } from '../../../../src-main/core/agreement/agreement-input'
import { DEFAULT_LABELS } from '../../../../src-main/core/labels/label'
import { doc, FERRIES, FERRIES_LAYERS, on } from './agreement-fixture'

const agree = (annotators: readonly string[], documents: readonly AgreementDocument[]) =>
  computeAgreement({ annotators, labels: DEFAULT_LABELS, documents })

// ann: O C C C C O; bob: O C C+S C O O (C = Commitment, S = Statistic).
const ferries = () => agree(['ann', 'bob'], [doc('d1', FERRIES, FERRIES_LAYERS)])

describe('agreement of two annotators on one document, worked out by hand', () => {
  it('counts the document and its six tokens', () => {
    expect(ferries()).toMatchObject({
      annotators: ['ann', 'bob'],
      labels: ['Commitment', 'Statistic', 'Claim'],
      documents: 1,
      documentsWithOneAnnotator: 0,
      tokens: 6,
    })
  })

  it("gives Cohen's kappa over the token categories", () => {
    // Agreed 4 of 6; A: O 2, C 4; B: O 3, C 2, C+S 1 → S = 6 + 8 = 14: κ = (24 − 14)/(36 − 14).
    expect(ferries().pairwise[0]?.cohenKappa).toBeCloseTo(5 / 11, 12)
  })

  it("gives Krippendorff's alpha over the same categories", () => {
    // n = 12, Dₒ = 4 (two split tokens), n_O = 5, n_C = 6, n_C+S = 1: α = 1 − 11·4/(144 − 62).
    expect(ferries().krippendorffAlpha).toBeCloseTo(19 / 41, 12)
  })

  it('gives span F1: no exact match, relaxed 2/3', () => {
    // Relaxed: ann's Commitment overlaps bob's (P = 1), bob's Statistic overlaps nothing (R = 1/2).
    expect(ferries().pairwise).toEqual([
      {
        a: 'ann',
        b: 'bob',
        documents: 1,
        tokens: 6,
        cohenKappa: expect.closeTo(5 / 11, 12),
        spanF1Strict: 0,
        spanF1Relaxed: 2 / 3,
      },
    ])
  })

  it("gives a label's binary kappa and alpha: inside a span of it or not", () => {
    // Commitment: A in 4, B in 3, agreed 5 of 6: κ = (30 − 18)/(36 − 18); α = 1 − 11·2/70.
    const commitment = ferries().perLabel['Commitment']
    expect(commitment?.pairwise[0]?.cohenKappa).toBeCloseTo(2 / 3, 12)
    expect(commitment?.krippendorffAlpha).toBeCloseTo(24 / 35, 12)
    expect([commitment?.spanF1Strict, commitment?.spanF1Relaxed]).toEqual([0, 1])
  })

  it('gives 0 for a label only one annotator used once', () => {
    expect(ferries().perLabel['Statistic']).toMatchObject({
      krippendorffAlpha: 0,
      spanF1Strict: 0,
      spanF1Relaxed: 0,
      pairwise: [{ cohenKappa: 0 }],
    })
  })

  it('leaves a label nobody used undefined, saying why', () => {
    expect(ferries().perLabel['Claim']).toEqual({
      krippendorffAlpha: null,
      krippendorffAlphaReason:
        'every token is outside every Claim span for every annotator, so there is no variation to agree on',
      spanF1Strict: null,
      spanF1StrictReason: 'neither annotator has a Claim span in the documents they share',
      spanF1Relaxed: null,
      spanF1RelaxedReason: 'neither annotator has a Claim span in the documents they share',
      pairwise: [
        {
          a: 'ann',
          b: 'bob',
          documents: 1,
          tokens: 6,
          cohenKappa: null,
          cohenKappaReason:
            'every token is outside every Claim span for both annotators, so chance agreement is certain',
          spanF1Strict: null,
          spanF1StrictReason: 'neither annotator has a Claim span in the documents they share',
          spanF1Relaxed: null,
          spanF1RelaxedReason: 'neither annotator has a Claim span in the documents they share',
        },
      ],
    })
  })

  it("counts only the agreeing overlap in the confusion matrix: bob's extra Statistic is no conflict", () => {
    expect(ferries().confusion).toEqual({
      counts: [
        [1, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
      pairwise: [
        {
          a: 'ann',
          b: 'bob',
          counts: [
            [1, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
          ],
        },
      ],
    })
  })

  it('counts a label conflict in both of its cells of the pooled matrix', () => {
    const text = 'Arrivals rose to 76,000 last year.'
    const report = agree(
      ['ann', 'bob'],
      [
        doc('d1', text, {
          ann: [on(text, '76,000', 'statistic')],
          bob: [on(text, 'rose to 76,000', 'claim')],
        }),
      ],
    )
    expect(report.confusion.counts).toEqual([
      [0, 0, 0],
      [0, 0, 1],
      [0, 1, 0],
    ])
    expect(report.confusion.pairwise[0]?.counts).toEqual([
      [0, 0, 0],
      [0, 0, 1],
      [0, 0, 0],
    ])
  })
})
