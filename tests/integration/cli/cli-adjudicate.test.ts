import { describe, expect, it } from 'vitest'

import { readJson } from '../services/support/project-fixture'
import { reviewProject } from '../services/review/review-fixture'
import { gloss } from './support/run-gloss'

async function twoAgreeOneDiffers() {
  const project = await reviewProject()
  await project.tag('alice', ['share data on visa overstays', 'commitment'])
  await project.tag(
    'bob',
    ['share data on visa overstays', 'commitment'],
    ['border checks', 'claim'],
  )
  await project.tag('dan', ['share data on visa overstays', 'claim'])
  return project
}

describe('gloss adjudicate', () => {
  it('runs the majority pass and prints what it did and what is left', async () => {
    const { where, goldFile } = await twoAgreeOneDiffers()

    const run = await gloss('adjudicate', where.project, '--majority', '--reviewer', 'carol')

    expect(run).toEqual({
      code: 0,
      stdout: [
        'majority of alice, bob, dan on 1 document: added 1 span to gold, 0 already there, 0 kept rejected by a reviewer',
        'disagreements left for a person: 1; documents adjudicated: 0; gold files written: 1',
      ],
      stderr: [],
    })
    expect(await readJson(goldFile)).toMatchObject({
      spans: [
        { text: 'share data on visa overstays', review: { by: 'carol', method: 'majority' } },
      ],
    })
  })

  it('takes only the annotators named', async () => {
    const { where } = await twoAgreeOneDiffers()

    const run = await gloss('adjudicate', where.project, '--majority', '--annotators', 'alice,dan')

    expect(run.stdout[0]).toBe(
      'majority of alice, dan on 1 document: added 0 spans to gold, 0 already there, 0 kept rejected by a reviewer',
    )
  })

  it('refuses an annotator the project does not have, with exit code 2', async () => {
    const { where } = await twoAgreeOneDiffers()

    const run = await gloss('adjudicate', where.project, '--majority', '--annotators', 'alice,zoe')

    expect(run).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        'gloss: This project has no annotations by "zoe".',
        'Annotators in this project: alice, bob, dan.',
      ],
    })
  })

  it('without --majority is a usage error', async () => {
    const { where } = await twoAgreeOneDiffers()

    const run = await gloss('adjudicate', where.project)

    expect(run.code).toBe(1)
    expect(run.stderr[0]).toBe(
      'gloss: gloss adjudicate needs --majority (the automatic pass it runs).',
    )
  })
})
