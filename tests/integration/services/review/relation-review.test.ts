import { describe, expect, it } from 'vitest'

import { goldEditInput } from '../../../../src-main/contract/as-input'
import { acceptAgreedWithRelations } from '../../../../src-main/core/review/accept-relation'
import { compareRelations } from '../../../../src-main/core/review/compare-relations'
import { EMPTY_GOLD } from '../../../../src-main/core/review/gold-edit'
import { groupCandidates } from '../../../../src-main/core/review/group-candidates'
import { failure, ok, readJson, spanOn } from '../support/project-fixture'
import { reviewProject } from './review-fixture'

const NOW = '2026-03-03T10:00:00.000Z'
const CLAIM = 'The agreement takes effect in May'
const PLEDGE = 'share data on visa overstays'

/** Alice and Bob both tagged the claim and the pledge and said the claim supports it. */
async function agreedRelation() {
  const project = await reviewProject()
  for (const annotator of ['alice', 'bob']) {
    const claim = spanOn(project.text, CLAIM, 'claim', `${annotator}-claim`)
    const pledge = spanOn(project.text, PLEDGE, 'commitment', `${annotator}-pledge`)
    const relation = {
      id: `${annotator}-r`,
      type: 'supports',
      from: claim.id,
      to: pledge.id,
      createdAt: NOW,
    }
    await ok(await project.as(annotator), 'applySpanChanges', {
      docId: project.docId,
      changes: {
        created: [claim, pledge],
        updated: [],
        deleted: [],
        relations: { created: [relation], deleted: [] },
      },
    })
  }
  const review = await ok(project.alice, 'getReviewDocument', {
    docId: project.docId,
    annotators: [],
  })
  const groups = groupCandidates(review.layers)
  return { ...project, groups, relations: compareRelations(groups, review.layers) }
}

describe('relations in review, saved to gold', () => {
  it('reads each layer with its relations and finds the one both drew agreed', async () => {
    const { relations } = await agreedRelation()
    expect(relations.map(({ type, annotators, agreed }) => ({ type, annotators, agreed }))).toEqual(
      [{ type: 'supports', annotators: ['alice', 'bob'], agreed: true }],
    )
  })

  it('"accept all agreed" writes the agreed relation between the gold spans to the gold file', async () => {
    const { alice, docId, text, goldFile, groups, relations } = await agreedRelation()
    let next = 0
    const ctx = { reviewer: 'carol', now: NOW, newId: () => `gold-${++next}`, text }
    const edit = acceptAgreedWithRelations(groups, relations, EMPTY_GOLD, ctx)

    await ok(alice, 'applyGoldEdit', { docId, annotators: [], edit: goldEditInput(edit) })

    const gold = (await readJson(goldFile)) as {
      spans: { id: string; text: string }[]
      relations: unknown
    }
    expect(gold.spans.map((span) => [span.id, span.text])).toEqual([
      ['gold-1', PLEDGE],
      ['gold-2', CLAIM],
    ])
    expect(gold.relations).toEqual([
      { id: 'gold-3', type: 'supports', from: 'gold-2', to: 'gold-1', createdAt: NOW },
    ])
  })

  it('refuses a gold relation to a span gold does not have, naming the gold file', async () => {
    const { alice, docId } = await agreedRelation()
    const relation = { id: 'r1', type: 'supports', from: 'nope', to: 'none', createdAt: NOW }
    const error = await failure(alice, 'applyGoldEdit', {
      docId,
      annotators: [],
      edit: {
        spans: {
          created: [],
          updated: [],
          deleted: [],
          relations: { created: [relation], deleted: [] },
        },
        decisions: [],
      },
    })
    expect(error.message).toBe(
      `The edit cannot be saved to annotations/_gold/${docId}.json: relation r1 points at span nope, which does not exist.`,
    )
  })
})
