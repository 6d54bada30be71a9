import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { agreementReport } from '../../../src-main/services/agreement/agreement-service'
import { openProjectStore } from '../../../src-main/services/project/project-store'
import { FERRY, PORT, twoAnnotators } from './support/agreement-fixture'
import { created, failure, handlersFor, ok, spanOn } from './support/project-fixture'

describe('agreement through the contract', () => {
  it("compares every annotator's layer on the documents they share", async () => {
    const { alice } = await twoAnnotators()
    const { report, available } = await ok(alice, 'getAgreement', {})

    // alice: O O O C C C C O; bob: O O O C C+S C O O. Agreed 6 of 8, S = 4·5 + 4·2 = 28:
    // κ = (48 − 28)/(64 − 28) = 5/9. Alpha: n = 16, Dₒ = 4, n_O = 9, n_C = 6, n_C+S = 1:
    // α = 1 − 15·4/(256 − 118) = 13/23.
    expect(available).toEqual(['alice', 'bob'])
    expect(report).toMatchObject({
      annotators: ['alice', 'bob'],
      documents: 1,
      documentsWithOneAnnotator: 0,
      tokens: 8,
      krippendorffAlpha: expect.closeTo(13 / 23, 12),
      pairwise: [
        {
          a: 'alice',
          b: 'bob',
          documents: 1,
          tokens: 8,
          cohenKappa: expect.closeTo(5 / 9, 12),
          spanF1Strict: 0,
          spanF1Relaxed: 2 / 3,
        },
      ],
    })
  })

  it('gives each document its title and own figures, in index order', async () => {
    const { alice, ferry, port } = await twoAnnotators()
    const { documents } = await ok(alice, 'getAgreement', {})
    expect(documents).toEqual([
      {
        docId: ferry,
        title: 'Ferry plan',
        annotators: ['alice', 'bob'],
        tokens: 8,
        spans: 3,
        krippendorffAlpha: expect.closeTo(13 / 23, 12),
        spanF1Strict: 0,
        spanF1Relaxed: 2 / 3,
      },
      {
        docId: port,
        title: 'Port traffic',
        annotators: [],
        tokens: 9,
        spans: 0,
        krippendorffAlpha: null,
        krippendorffAlphaReason: 'none of the annotators has an annotations file for this document',
        spanF1Strict: null,
        spanF1StrictReason: 'none of the annotators has an annotations file for this document',
        spanF1Relaxed: null,
        spanF1RelaxedReason: 'none of the annotators has an annotations file for this document',
      },
    ])
  })

  it("gives each annotator's documents by status and their spans", async () => {
    const { alice, bob, port } = await twoAnnotators()
    await ok(bob, 'setDocumentStatus', { docId: port, status: 'done' })
    expect((await ok(alice, 'getAgreement', {})).progress).toEqual([
      { annotator: 'alice', todo: 1, inProgress: 1, done: 0, spans: 1 },
      { annotator: 'bob', todo: 0, inProgress: 1, done: 1, spans: 2 },
    ])
  })

  it("gives each annotator's spans per label, for the distribution chart", async () => {
    const { alice } = await twoAnnotators()
    expect((await ok(alice, 'getAgreement', {})).labelsByAnnotator).toEqual([
      { annotator: 'alice', counts: [{ label: 'commitment', spans: 1 }] },
      {
        annotator: 'bob',
        counts: [
          { label: 'commitment', spans: 1 },
          { label: 'statistic', spans: 1 },
        ],
      },
    ])
  })

  it('leaves out a document only one annotator has a file for, and counts it', async () => {
    const { alice, port } = await twoAnnotators()
    const before = (await ok(alice, 'getAgreement', {})).report
    await ok(alice, 'applySpanChanges', {
      docId: port,
      changes: created(spanOn(PORT, '3 million tonnes', 'statistic', 'a2')),
    })
    const after = (await ok(alice, 'getAgreement', {})).report
    expect(after).toEqual({ ...before, documentsWithOneAnnotator: 1 })
  })

  it('measures only the chosen documents', async () => {
    const { alice, ferry, port } = await twoAnnotators()
    const { report, documents } = await ok(alice, 'getAgreement', { docs: [port] })
    expect(documents.map((row) => row.docId)).toEqual([port])
    expect(report).toMatchObject({ documents: 0, tokens: 0, krippendorffAlpha: null })
    expect((await ok(alice, 'getAgreement', { docs: [ferry] })).report.tokens).toBe(8)
  })

  it('compares only the chosen annotators, in the order given', async () => {
    const { alice, bob, ferry } = await twoAnnotators()
    await ok(bob, 'setDocumentStatus', { docId: ferry, status: 'done' })
    const { report, progress } = await ok(alice, 'getAgreement', { annotators: ['bob', 'alice'] })
    expect(report.pairwise.map((pair) => [pair.a, pair.b])).toEqual([['bob', 'alice']])
    expect(progress.map((row) => row.annotator)).toEqual(['bob', 'alice'])
  })

  it('with one annotator chosen, says there is nobody to compare with', async () => {
    const { alice } = await twoAnnotators()
    expect((await ok(alice, 'getAgreement', { annotators: ['alice'] })).report).toMatchObject({
      annotators: ['alice'],
      pairwise: [],
      krippendorffAlpha: null,
      krippendorffAlphaReason: 'fewer than two annotators are compared',
    })
  })

  it('refuses an annotator with no annotations in the project, naming those there are', async () => {
    const { alice } = await twoAnnotators()
    expect(await failure(alice, 'getAgreement', { annotators: ['alice', 'zoe'] })).toEqual({
      code: 'invalid-input',
      message: 'This project has no annotations by "zoe".',
      hint: 'Annotators in this project: alice, bob.',
    })
  })

  it('refuses a document id the project does not have', async () => {
    const { alice } = await twoAnnotators()
    expect(await failure(alice, 'getAgreement', { docs: ['0123456789abcdef'] })).toEqual({
      code: 'invalid-input',
      message: 'This project has no document with id 0123456789abcdef.',
      hint: 'Check the document ids (the document list shows them), or leave them out to use every document.',
    })
  })

  it('leaves the gold set out by default', async () => {
    const { where, alice, ferry } = await twoAnnotators()
    await mkdir(join(where.project, 'annotations', '_gold'), { recursive: true })
    await writeFile(
      join(where.project, 'annotations', '_gold', `${ferry}.json`),
      JSON.stringify({
        version: 1,
        docId: ferry,
        annotator: '_gold',
        status: 'done',
        spans: [spanOn(FERRY, 'pledged', 'claim', 'g1')],
        updatedAt: '2026-01-01T00:00:00.000Z',
      }),
    )
    expect((await ok(alice, 'getAgreement', {})).report.annotators).toEqual(['alice', 'bob'])
    // The service compares gold when asked by name (the review view does).
    const store = await openProjectStore(where.project, { create: false })
    const withGold = await agreementReport(store, { annotators: ['alice', '_gold'] })
    expect(withGold.pairwise[0]).toMatchObject({ a: 'alice', b: '_gold', spanF1Strict: 0 })
  })

  it('names an annotations file it cannot read instead of leaving that layer out', async () => {
    const { where, alice, ferry } = await twoAnnotators()
    const file = join(where.project, 'annotations', 'bob', `${ferry}.json`)
    await writeFile(file, '{"version": 1, "docId": ')
    expect(await failure(alice, 'getAgreement', {})).toMatchObject({
      code: 'unreadable-file',
      file,
    })
  })

  it('needs an open project', async () => {
    const { where } = await twoAnnotators()
    const fresh = await handlersFor({ ...where, dataDir: join(where.root, 'other-data') })
    expect(await failure(fresh, 'getAgreement', {})).toMatchObject({ code: 'no-project' })
  })
})
