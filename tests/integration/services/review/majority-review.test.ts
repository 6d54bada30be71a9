import { readFile } from 'node:fs/promises'

import { describe, expect, it } from 'vitest'

import { rejectGroup } from '../../../../src-main/core/review/adjudicate'
import { EMPTY_GOLD } from '../../../../src-main/core/review/gold-edit'
import { groupCandidates } from '../../../../src-main/core/review/group-candidates'
import { ok, readJson } from '../support/project-fixture'
import { reviewProject } from './review-fixture'

const COMMITMENT = 'share data on visa overstays'
const STATISTIC = 'May,officials'

async function threeAnnotators() {
  const project = await reviewProject()
  await project.tag('alice', [COMMITMENT, 'commitment'], [STATISTIC, 'statistic'])
  await project.tag('bob', [COMMITMENT, 'commitment'])
  await project.tag('dan', [COMMITMENT, 'claim'], ['border checks', 'claim'])
  return project
}

describe('majority adjudication', () => {
  it('puts what more than half share into gold and says how many disagreements are left', async () => {
    const { alice, goldFile } = await threeAnnotators()

    const summary = await ok(alice, 'adjudicateMajority', {})

    expect(summary).toEqual({
      documents: 1,
      added: 1,
      alreadyPresent: 0,
      overruled: 0,
      left: 2,
      adjudicated: 0,
      written: 1,
    })
    const gold = (await readJson(goldFile)) as {
      spans: { text: string; review: unknown }[]
      status: string
    }
    expect(gold.spans.map((span) => span.text)).toEqual([COMMITMENT])
    expect(gold.spans[0]?.review).toMatchObject({
      by: 'alice',
      method: 'majority',
      from: ['alice', 'bob'],
    })
    expect(gold.status).toBe('in-progress')
  })

  it('run again, adds nothing and rewrites nothing', async () => {
    const { alice, goldFile } = await threeAnnotators()
    await ok(alice, 'adjudicateMajority', {})
    const before = await readFile(goldFile, 'utf8')

    const again = await ok(alice, 'adjudicateMajority', {})

    expect(again).toMatchObject({ added: 0, alreadyPresent: 1, left: 2, written: 0 })
    expect(await readFile(goldFile, 'utf8')).toBe(before)
  })

  it("keeps a reviewer's rejection of the majority version", async () => {
    const { alice, docId, text, goldFile } = await threeAnnotators()
    const review = await ok(alice, 'getReviewDocument', { docId, annotators: [] })
    const conflict = groupCandidates(review.layers).find((group) => group.kind === 'label')!
    const edit = rejectGroup(conflict, EMPTY_GOLD, {
      text,
      reviewer: 'carol',
      now: '2026-03-03T10:00:00.000Z',
      newId: () => 'unused',
    })
    await ok(alice, 'applyGoldEdit', {
      docId,
      annotators: [],
      edit: { spans: { created: [], updated: [], deleted: [] }, decisions: [...edit.decisions] },
    })

    const summary = await ok(alice, 'adjudicateMajority', {})

    expect(summary).toMatchObject({ added: 0, overruled: 1 })
    expect(((await readJson(goldFile)) as { spans: unknown[] }).spans).toEqual([])
  })

  it('with only the annotators asked for, takes what both of them share', async () => {
    const { alice, goldFile } = await threeAnnotators()

    const summary = await ok(alice, 'adjudicateMajority', { annotators: ['alice', 'bob'] })

    expect(summary).toMatchObject({ added: 1, left: 1 })
    expect(((await readJson(goldFile)) as { compared: string[] }).compared).toEqual([
      'alice',
      'bob',
    ])
  })

  it('writes no gold file where the annotators share nothing', async () => {
    const { alice, goldFile } = await threeAnnotators()

    const summary = await ok(alice, 'adjudicateMajority', { annotators: ['alice', 'dan'] })

    expect(summary).toMatchObject({ added: 0, left: 3, written: 0 })
    await expect(readFile(goldFile)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('lists where review stands on each document', async () => {
    const { alice, docId } = await threeAnnotators()
    await ok(alice, 'adjudicateMajority', {})

    const listed = await ok(alice, 'listReview', {})

    expect(listed.annotators).toEqual(['alice', 'bob', 'dan'])
    expect(listed.documents).toEqual([
      {
        id: docId,
        title: 'Leaders agree to increasecooperation on border checks',
        annotated: ['alice', 'bob', 'dan'],
        progress: {
          counts: { agreed: 0, attribute: 0, label: 1, boundary: 0, missing: 2 },
          open: { agreed: 0, attribute: 0, label: 0, boundary: 0, missing: 2 },
          disagreements: 3,
          settledDisagreements: 1,
          adjudicated: false,
        },
        goldSpans: 1,
        adjudicated: false,
      },
    ])
  })

  it('exports the gold set the review wrote', async () => {
    const { alice } = await threeAnnotators()
    await ok(alice, 'adjudicateMajority', {})

    const exported = await ok(alice, 'exportDataset', { format: 'csv', source: 'gold' })

    expect(exported.files[0]?.content.split('\r\n')[1]).toBe(
      'a2155724b233bf07,Leaders agree to increasecooperation on border checks,_gold,Commitment,104,132,share data on visa overstays,',
    )
  })
})
