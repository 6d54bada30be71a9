import { describe, expect, it } from 'vitest'

import type { DocLabels } from '../../../../src-main/core/doc-labels/doc-label'
import { docLabelAgreement } from '../../../../src-main/core/doc-labels/doc-label-agreement'

const TOPIC = { id: 'topic', name: 'Topic', values: ['P', 'E'], description: '' }
const docs = (...rows: [string | null, string | null][]) =>
  rows.map(([a, b]) => {
    const layers = new Map<string, DocLabels | undefined>()
    layers.set('alice', a === null ? {} : { topic: a })
    layers.set('bob', b === null ? {} : { topic: b })
    return layers
  })

describe('docLabelAgreement', () => {
  // By hand: 4 documents both labelled, 3 agree: pₒ = 3/4; alice P 2 E 2, bob P 1 E 3:
  // pₑ = (2·1 + 2·3)/16 = 1/2, κ = (3/4 − 1/2)/(1/2) = 1/2. Alpha: n = 8 values (P 3, E 5),
  // Dₒ = 2 (the one split document), α = 1 − 7·2/(64 − 9 − 25) = 8/15. The fifth document
  // has bob's value missing, so it is in neither figure.
  it('gives kappa 1/2 and alpha 8/15 on the hand-worked example', () => {
    const [topic] = docLabelAgreement(
      [TOPIC],
      ['alice', 'bob'],
      docs(['P', 'P'], ['P', 'E'], ['E', 'E'], ['E', 'E'], ['P', null]),
    )
    expect(topic).toEqual({
      category: 'Topic',
      documents: 4,
      krippendorffAlpha: 8 / 15,
      cohenKappa: 0.5,
      pairwise: [{ a: 'alice', b: 'bob', documents: 4, cohenKappa: 0.5 }],
    })
  })

  it('is undefined, with the reason in documents, when every value is the same', () => {
    const [topic] = docLabelAgreement([TOPIC], ['alice', 'bob'], docs(['P', 'P'], ['P', 'P']))
    expect(topic).toMatchObject({
      krippendorffAlpha: null,
      krippendorffAlphaReason:
        'every document is "P" for every annotator, so there is no variation to agree on',
      cohenKappa: null,
      cohenKappaReason: 'every document is "P" for both annotators, so chance agreement is certain',
    })
  })

  it('is undefined when no document has a value from both annotators', () => {
    const [topic] = docLabelAgreement([TOPIC], ['alice', 'bob'], docs(['P', null], [null, 'E']))
    expect(topic).toMatchObject({
      documents: 0,
      krippendorffAlpha: null,
      krippendorffAlphaReason: 'no document has a value from two or more annotators',
      pairwise: [
        {
          documents: 0,
          cohenKappa: null,
          cohenKappaReason: 'no document has a value from both annotators',
        },
      ],
    })
  })
})
