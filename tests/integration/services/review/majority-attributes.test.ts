import { describe, expect, it } from 'vitest'

import { ATTRIBUTE_LABELS } from '../../../unit/core/formats/attribute-labels'
import { created, ok, readJson, spanOn } from '../support/project-fixture'
import { reviewProject } from './review-fixture'

const PLEDGE = 'share data on visa overstays'

/** Each annotator tagged the pledge as a commitment with this strength. */
async function strengths(...values: readonly [annotator: string, strength: string][]) {
  const project = await reviewProject()
  await ok(project.alice, 'updateProject', { labels: ATTRIBUTE_LABELS })
  for (const [annotator, strength] of values) {
    const span = {
      ...spanOn(project.text, PLEDGE, 'commitment', `${annotator}-1`),
      attributes: { strength },
    }
    await ok(await project.as(annotator), 'applySpanChanges', {
      docId: project.docId,
      changes: created(span),
    })
  }
  return project
}

describe('majority adjudication of attribute conflicts', () => {
  it('writes the values the majority gave to the gold file and leaves nothing', async () => {
    const { alice, goldFile } = await strengths(
      ['alice', 'very hedged'],
      ['bob', 'firm'],
      ['dan', 'firm'],
    )

    const summary = await ok(alice, 'adjudicateMajority', {})

    expect(summary).toMatchObject({ added: 1, left: 0, adjudicated: 1, written: 1 })
    const gold = (await readJson(goldFile)) as { spans: { text: string; attributes: unknown }[] }
    expect(gold.spans.map((span) => [span.text, span.attributes])).toEqual([
      [PLEDGE, { strength: 'firm' }],
    ])
  })

  it('counts a conflict with no majority as left, and writes no gold file', async () => {
    const { alice } = await strengths(['alice', 'very hedged'], ['bob', 'firm'])

    const summary = await ok(alice, 'adjudicateMajority', {})

    expect(summary).toEqual({
      documents: 1,
      added: 0,
      alreadyPresent: 0,
      overruled: 0,
      left: 1,
      adjudicated: 0,
      written: 0,
    })
  })
})
