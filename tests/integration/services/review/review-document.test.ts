import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { goldEditInput } from '../../../../src-main/contract/as-input'
import { acceptVersion } from '../../../../src-main/core/review/adjudicate'
import { EMPTY_GOLD } from '../../../../src-main/core/review/gold-edit'
import { groupCandidates } from '../../../../src-main/core/review/group-candidates'
import { failure, ok, readJson } from '../support/project-fixture'
import { reviewProject } from './review-fixture'

const CTX = { reviewer: 'carol', now: '2026-03-03T10:00:00.000Z', newId: () => 'gold-1' }

describe('the review of one document', () => {
  it("shows the chosen annotators' layers and says who has not annotated it", async () => {
    const { alice, tag, docId, where } = await reviewProject()
    await tag('alice', ['share data on visa overstays', 'commitment'])
    await tag('bob', ['share data on visa overstays', 'claim'])
    await mkdir(join(where.project, 'annotations', 'dan'))

    const review = await ok(alice, 'getReviewDocument', {
      docId,
      annotators: ['bob', 'alice', 'dan'],
    })
    expect(
      review.layers.map((layer) => [layer.annotator, layer.spans.map((s) => s.label)]),
    ).toEqual([
      ['bob', ['claim']],
      ['alice', ['commitment']],
    ])
    expect(review.notAnnotated).toEqual(['dan'])
    expect(review.gold).toBeNull()
  })

  it('writes the accepted version to the gold file with who decided, when, and every verdict', async () => {
    const { alice, tag, docId, text, goldFile, where } = await reviewProject()
    await tag('alice', ['share data on visa overstays', 'commitment'])
    await tag('bob', ['share data on visa overstays', 'claim'])
    const bobFile = join(where.project, 'annotations', 'bob', `${docId}.json`)
    const bobBefore = await readFile(bobFile, 'utf8')
    const review = await ok(alice, 'getReviewDocument', { docId, annotators: [] })
    const [group] = groupCandidates(review.layers)
    const edit = acceptVersion(group!, 'bob', EMPTY_GOLD, { ...CTX, text })

    const saved = await ok(alice, 'applyGoldEdit', {
      docId,
      annotators: [],
      edit: goldEditInput(edit),
    })

    expect(saved.progress).toMatchObject({ settledDisagreements: 1, adjudicated: true })
    expect(await readJson(goldFile)).toEqual({
      version: 1,
      docId,
      annotator: '_gold',
      status: 'done',
      spans: [
        {
          id: 'gold-1',
          start: 104,
          end: 132,
          label: 'claim',
          text: 'share data on visa overstays',
          review: {
            by: 'carol',
            at: '2026-03-03T10:00:00.000Z',
            method: 'accepted',
            from: ['bob'],
            source: '104:132:claim',
          },
          createdAt: '2026-03-03T10:00:00.000Z',
          updatedAt: '2026-03-03T10:00:00.000Z',
        },
      ],
      decisions: [
        {
          start: 104,
          end: 132,
          label: 'claim',
          verdict: 'accepted',
          by: 'carol',
          at: '2026-03-03T10:00:00.000Z',
          method: 'manual',
        },
        {
          start: 104,
          end: 132,
          label: 'commitment',
          verdict: 'rejected',
          by: 'carol',
          at: '2026-03-03T10:00:00.000Z',
          method: 'manual',
        },
      ],
      compared: ['alice', 'bob'],
      updatedAt: saved.updatedAt,
    })
    expect(await readFile(bobFile, 'utf8')).toBe(bobBefore)
    expect(await ok(alice, 'getGold', { docId })).toMatchObject({
      status: 'done',
      spans: [{ id: 'gold-1' }],
    })
  })

  it('refuses an edit made against a gold set that changed since, and keeps the file', async () => {
    const { alice, tag, docId, text, goldFile } = await reviewProject()
    await tag('alice', ['share data on visa overstays', 'commitment'])
    await tag('bob', ['share data on visa overstays', 'claim'])
    const review = await ok(alice, 'getReviewDocument', { docId, annotators: [] })
    const [group] = groupCandidates(review.layers)
    const first = acceptVersion(group!, 'bob', EMPTY_GOLD, { ...CTX, text })
    const stale = acceptVersion(group!, 'alice', EMPTY_GOLD, {
      ...CTX,
      text,
      newId: () => 'gold-2',
    })
    await ok(alice, 'applyGoldEdit', { docId, annotators: [], edit: goldEditInput(first) })
    const before = await readFile(goldFile, 'utf8')

    const error = await failure(alice, 'applyGoldEdit', {
      docId,
      annotators: [],
      edit: goldEditInput(stale),
    })

    expect(error).toMatchObject({ code: 'conflict' })
    expect(await readFile(goldFile, 'utf8')).toBe(before)
  })

  it('refuses a version whose label the project lacks, saying how to add it', async () => {
    const { alice, tag, docId, text } = await reviewProject()
    await tag('alice', ['share data on visa overstays', 'commitment'])
    const review = await ok(alice, 'getReviewDocument', { docId, annotators: [] })
    const [group] = groupCandidates(review.layers)
    const edit = acceptVersion(group!, 'alice', EMPTY_GOLD, { ...CTX, text })
    const foreign = goldEditInput({
      ...edit,
      spans: {
        ...edit.spans,
        created: edit.spans.created.map((span) => ({ ...span, label: 'rumour' })),
      },
    })

    expect(await failure(alice, 'applyGoldEdit', { docId, annotators: [], edit: foreign })).toEqual(
      {
        code: 'invalid-input',
        message: 'This version uses the label "rumour", which this project does not have.',
        hint: 'Add a label with the id "rumour" in Settings (for example when it came from a colleague\'s project), or choose another version.',
      },
    )
  })

  it('refuses an annotator the project has no annotations by', async () => {
    const { alice, docId } = await reviewProject()
    expect(await failure(alice, 'getReviewDocument', { docId, annotators: ['zoe'] })).toEqual({
      code: 'invalid-input',
      message: 'This project has no annotations by "zoe".',
      hint: 'Nobody has annotated in this project yet.',
    })
  })
})
