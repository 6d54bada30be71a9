import { describe, expect, it } from 'vitest'

import { ok } from '../services/support/project-fixture'
import { twoAnnotators } from '../services/support/agreement-fixture'
import { gloss } from './support/run-gloss'

const TOPIC = { id: 'topic', name: 'Topic', values: ['Transport', 'Trade'], description: '' }
const set = (value: string) => ({
  created: [],
  updated: [],
  deleted: [],
  docLabels: [{ category: 'topic', old: null, new: value }],
})

// The two-article project of agreement-fixture.ts, with a Topic category: alice says
// Transport and Trade, bob Transport and Transport. By hand: pₒ = 1/2, alice T 1 Tr 1, bob
// T 2: pₑ = (1·2 + 1·0)/4 = 1/2, so κ = 0. Alpha: n = 4 values (Transport 3, Trade 1),
// Dₒ = 2, α = 1 − 3·2/(16 − 9 − 1) = 0.
async function topics() {
  const project = await twoAnnotators()
  const { alice, bob, ferry, port } = project
  await ok(alice, 'updateProject', { docLabels: [TOPIC] })
  await ok(alice, 'applySpanChanges', { docId: ferry, changes: set('Transport') })
  await ok(alice, 'applySpanChanges', { docId: port, changes: set('Trade') })
  await ok(bob, 'applySpanChanges', { docId: ferry, changes: set('Transport') })
  await ok(bob, 'applySpanChanges', { docId: port, changes: set('Transport') })
  return project
}

describe('gloss agree on document labels', () => {
  it('prints each category with documents as units', async () => {
    const { where } = await topics()
    const { code, stdout } = await gloss('agree', where.project)
    expect(code).toBe(0)
    expect(
      stdout.slice(
        stdout.indexOf(
          'Document labels (documents as units; a document without a value is missing):',
        ),
      ),
    ).toEqual([
      'Document labels (documents as units; a document without a value is missing):',
      '  Topic: 2 documents with two or more values',
      "    Krippendorff's alpha:        0.000",
      "    Cohen's kappa, alice – bob:  0.000",
    ])
  })

  it('gives the figures in --json, and in the agreement view', async () => {
    const { where, alice } = await topics()
    const { stdout } = await gloss('agree', where.project, '--json')
    const expected = [
      {
        category: 'Topic',
        documents: 2,
        krippendorffAlpha: 0,
        cohenKappa: 0,
        pairwise: [{ a: 'alice', b: 'bob', documents: 2, cohenKappa: 0 }],
      },
    ]
    expect((JSON.parse(stdout.join('\n')) as { docLabels: unknown }).docLabels).toEqual(expected)
    expect((await ok(alice, 'getAgreement', {})).report.docLabels).toEqual(expected)
  })
})
