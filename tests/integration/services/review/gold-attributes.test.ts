import { readFile } from 'node:fs/promises'

import { describe, expect, it } from 'vitest'

import { goldEditInput } from '../../../../src-main/contract/as-input'
import { acceptAgreed } from '../../../../src-main/core/review/adjudicate'
import { EMPTY_GOLD, applyGoldEdit } from '../../../../src-main/core/review/gold-edit'
import { setGoldAttribute } from '../../../../src-main/core/review/gold-attributes'
import { groupCandidates } from '../../../../src-main/core/review/group-candidates'
import type { AttributeValue } from '../../../../src-main/core/spans/span'
import { ATTRIBUTE_LABELS } from '../../../unit/core/formats/attribute-labels'
import { failure, ok, readJson } from '../support/project-fixture'
import { reviewProject } from './review-fixture'

const NOW = '2026-03-03T10:00:00.000Z'
const PLEDGE = 'share data on visa overstays'

/** Alice and Bob both tagged the pledge; its label defines actor, strength and quoted. */
async function pledgeInGold() {
  const project = await reviewProject()
  await ok(project.alice, 'updateProject', { labels: ATTRIBUTE_LABELS })
  await project.tag('alice', [PLEDGE, 'commitment'])
  await project.tag('bob', [PLEDGE, 'commitment'])
  const review = await ok(project.alice, 'getReviewDocument', {
    docId: project.docId,
    annotators: [],
  })
  let next = 0
  const ctx = { reviewer: 'carol', now: NOW, newId: () => `gold-${++next}`, text: project.text }
  const accepted = acceptAgreed(groupCandidates(review.layers), EMPTY_GOLD, ctx)
  const save = (edit: typeof accepted) =>
    ok(project.alice, 'applyGoldEdit', {
      docId: project.docId,
      annotators: [],
      edit: goldEditInput(edit),
    })
  await save(accepted)
  const gold = applyGoldEdit(EMPTY_GOLD, accepted)
  const span = gold.spans[0]!
  const setting = (name: string, value: AttributeValue) => setGoldAttribute(span, name, value, ctx)
  return { ...project, ctx, save, setting }
}

describe('attributes of gold spans, saved', () => {
  it('writes a listed value to the gold file, the span marked as edited by the reviewer', async () => {
    const { save, setting, goldFile } = await pledgeInGold()
    await save(setting('strength', 'very hedged'))
    const saved = (await readJson(goldFile)) as {
      spans: { text: string; attributes?: unknown; review?: { method: string; by: string } }[]
    }
    expect(
      saved.spans.map((span) => [span.text, span.attributes, span.review?.method, span.review?.by]),
    ).toEqual([[PLEDGE, { strength: 'very hedged' }, 'edited', 'carol']])
  })

  it('refuses a value the choice does not list, naming span, attribute and values, and writes nothing', async () => {
    const { alice, docId, setting, goldFile } = await pledgeInGold()
    const before = await readFile(goldFile, 'utf8')
    const error = await failure(alice, 'applyGoldEdit', {
      docId,
      annotators: [],
      edit: goldEditInput(setting('strength', 'vague')),
    })
    expect(error).toEqual({
      code: 'invalid-input',
      message:
        'Span gold-1 cannot be saved: "vague" is not one of the values of "strength" (firm, very hedged).',
      hint: 'Choose one of the listed values, or define the attribute for the label in Settings.',
    })
    expect(await readFile(goldFile, 'utf8')).toBe(before)
  })

  it('refuses an attribute the label does not define', async () => {
    const { alice, docId, setting } = await pledgeInGold()
    const error = await failure(alice, 'applyGoldEdit', {
      docId,
      annotators: [],
      edit: goldEditInput(setting('unit', 'people')),
    })
    expect(error.message).toBe(
      'Span gold-1 cannot be saved: the label "Commitment" has no attribute "unit".',
    )
  })
})
