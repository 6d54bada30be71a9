import { existsSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { USAGE } from '../../../src-main/cli/usage'
import { agreementReport } from '../../../src-main/services/agreement/agreement-service'
import { openProjectStore } from '../../../src-main/services/project/project-store'
import { twoAnnotators } from '../services/support/agreement-fixture'
import { setup } from '../services/support/project-fixture'
import { gloss } from './support/run-gloss'

// The project of tests/integration/services/support/agreement-fixture.ts: on the ferry
// article (8 tokens) alice tagged a Commitment, bob a shorter one with a Statistic inside.
describe('gloss agree', () => {
  it('prints the figures for a person, undefined ones with the reason', async () => {
    const { where } = await twoAnnotators()
    expect(await gloss('agree', where.project)).toEqual({
      code: 0,
      stderr: [],
      stdout: [
        'Agreement of alice and bob',
        '  documents compared:    1 (8 tokens)',
        "  Krippendorff's alpha:  0.565",
        '  span F1, strict:       0.000',
        '  span F1, relaxed:      0.667',
        '',
        'Pairs, over the documents both have:',
        '  alice – bob: 1 document, 8 tokens',
        "    Cohen's kappa:     0.556",
        '    span F1, strict:   0.000',
        '    span F1, relaxed:  0.667',
        '',
        'Per label (alpha and kappa: inside a span of the label or not):',
        '  Commitment',
        "    Krippendorff's alpha:        0.762",
        '    span F1, strict:             0.000',
        '    span F1, relaxed:            1.000',
        "    Cohen's kappa, alice – bob:  0.750",
        '  Statistic',
        "    Krippendorff's alpha:        0.000",
        '    span F1, strict:             0.000',
        '    span F1, relaxed:            0.000',
        "    Cohen's kappa, alice – bob:  0.000",
        '  Claim',
        "    Krippendorff's alpha:        undefined (every token is outside every Claim span for every annotator, so there is no variation to agree on)",
        '    span F1, strict:             undefined (neither annotator has a Claim span in the documents they share)',
        '    span F1, relaxed:            undefined (neither annotator has a Claim span in the documents they share)',
        "    Cohen's kappa, alice – bob:  undefined (every token is outside every Claim span for both annotators, so chance agreement is certain)",
        '',
        'Label confusion: overlapping spans of two annotators (the same label on the diagonal)',
        '              Commitment  Statistic  Claim',
        '  Commitment           1          0      0',
        '  Statistic            0          0      0',
        '  Claim                0          0      0',
      ],
    })
  })

  it('prints the report as one JSON object with --json', async () => {
    const { where } = await twoAnnotators()
    const run = await gloss('agree', where.project, '--json')
    expect([run.code, run.stdout.length, run.stderr]).toEqual([0, 1, []])
    const store = await openProjectStore(where.project, { create: false })
    expect(JSON.parse(run.stdout[0] ?? '')).toEqual(await agreementReport(store, {}))
    expect(JSON.parse(run.stdout[0] ?? '')).toMatchObject({
      annotators: ['alice', 'bob'],
      documents: 1,
      tokens: 8,
      krippendorffAlpha: expect.closeTo(13 / 23, 12),
      pairwise: [{ a: 'alice', b: 'bob', documents: 1, cohenKappa: expect.closeTo(5 / 9, 12) }],
    })
  })

  it('writes null and a reason in the JSON for an undefined figure', async () => {
    const { where, port } = await twoAnnotators()
    const run = await gloss('agree', where.project, '--docs', port, '--json')
    expect(JSON.parse(run.stdout[0] ?? '')).toMatchObject({
      documents: 0,
      krippendorffAlpha: null,
      krippendorffAlphaReason:
        'no document has annotations files from two or more of the annotators',
    })
  })

  it('compares only the annotators named with --annotators', async () => {
    const { where } = await twoAnnotators()
    const run = await gloss('agree', where.project, '--annotators', 'bob', '--json')
    expect(JSON.parse(run.stdout[0] ?? '')).toMatchObject({
      annotators: ['bob'],
      pairwise: [],
      krippendorffAlphaReason: 'fewer than two annotators are compared',
    })
  })

  it('exits 2 for an annotator with no annotations, naming those there are', async () => {
    const { where } = await twoAnnotators()
    expect(await gloss('agree', where.project, '--annotators', 'alice,zoe')).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        'gloss: This project has no annotations by "zoe".',
        'Annotators in this project: alice, bob.',
      ],
    })
  })

  it('exits 2 for a document id the project lacks', async () => {
    const { where } = await twoAnnotators()
    const run = await gloss('agree', where.project, '--docs', 'abcdef0123456789')
    expect([run.code, run.stderr[0]]).toEqual([
      2,
      'gloss: This project has no document with id abcdef0123456789.',
    ])
  })

  it('exits 2 when the folder is not there, and creates nothing', async () => {
    const where = await setup()
    const run = await gloss('agree', where.project)
    expect([run.code, run.stderr[0]]).toEqual([
      2,
      `gloss: The folder ${where.project} does not exist.`,
    ])
    expect(existsSync(where.project)).toBe(false)
  })

  it('exits 1 with the usage when no project is given', async () => {
    expect(await gloss('agree')).toEqual({
      code: 1,
      stdout: [],
      stderr: ['gloss: gloss agree needs a project folder.', USAGE],
    })
  })

  it('exits 1 when --annotators names nobody', async () => {
    const { where } = await twoAnnotators()
    expect((await gloss('agree', where.project, '--annotators', ',')).stderr).toEqual([
      'gloss: --annotators needs at least one name.',
      USAGE,
    ])
  })
})
