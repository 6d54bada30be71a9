import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { USAGE } from '../../../src-main/cli/usage'
import { snapshot } from '../services/support/dataset-fixture'
import {
  aliceAndBob,
  annotate,
  HARBOUR,
  HARBOUR_ID,
  MARKET,
  twoProjects,
  type TwoProjects,
} from '../services/support/merge-fixture'
import { created, ok, openedProject, readJson, spanOn } from '../services/support/project-fixture'
import { gloss } from './support/run-gloss'

/** Alice's project with Bob's layer merged once; Bob has since changed his harbour file. */
async function bobChangedSinceLastMerge(): Promise<TwoProjects> {
  const projects = await twoProjects()
  const [, bob] = await aliceAndBob(projects)
  expect((await gloss('merge', projects.ours.project, projects.theirs.project)).code).toBe(0)
  await ok(bob, 'applySpanChanges', {
    docId: HARBOUR_ID,
    changes: created(spanOn(HARBOUR, 'the chair said', 'claim', 's9')),
  })
  return projects
}

/** Alice's project, and a colleague's with two layers: Bob's and Carol's. */
async function bobAndCarol(): Promise<TwoProjects> {
  const projects = await twoProjects()
  await aliceAndBob(projects)
  const carol = await openedProject(
    { ...projects.theirs, dataDir: join(projects.ours.root, 'carol-data') },
    'carol',
  )
  await annotate(carol, 'market', MARKET, [['from May', 'commitment']])
  return projects
}

describe('gloss merge', () => {
  it('merges the colleague’s layers and documents and says what came in', async () => {
    const projects = await twoProjects()
    await aliceAndBob(projects)

    const run = await gloss('merge', projects.ours.project, projects.theirs.project)

    expect(run).toEqual({
      code: 0,
      stdout: [
        `merged "colleague" from ${projects.theirs.project}`,
        'bob: new layer, 2 files (2 documents), 3 spans',
        '1 document added: Library extends opening hours',
      ],
      stderr: [],
    })
  })

  it('reports a clash, exits 2 and suggests the --as that resolves it', async () => {
    const projects = await bobChangedSinceLastMerge()

    const run = await gloss('merge', projects.ours.project, projects.theirs.project)

    expect(run).toEqual({
      code: 2,
      stdout: [
        `merged "colleague" from ${projects.theirs.project}`,
        "bob: clashes with this project's bob (1 file differs), so nothing of it is merged",
        'no documents added',
      ],
      stderr: ['clash: layer bob was not merged; merge it under another name: --as bob=bob-2'],
    })
  })

  it('merges the one clashing layer under the name --as gives', async () => {
    const projects = await bobChangedSinceLastMerge()

    const run = await gloss(
      'merge',
      projects.ours.project,
      projects.theirs.project,
      '--as',
      'bob-2',
    )

    expect(run.code).toBe(0)
    expect(run.stdout[1]).toBe('bob → bob-2: new layer, 2 files (2 documents), 4 spans')
    const merged = (await readJson(
      join(projects.ours.project, `annotations/bob-2/${HARBOUR_ID}.json`),
    )) as { annotator: string }
    expect(merged.annotator).toBe('bob-2')
  })

  it('renames each layer --as old=new names', async () => {
    const projects = await bobAndCarol()

    const run = await gloss(
      'merge',
      projects.ours.project,
      projects.theirs.project,
      '--as',
      'bob=robert',
      '--as',
      'carol=caroline',
    )

    expect(run.code).toBe(0)
    expect(run.stdout.slice(1, 3)).toEqual([
      'bob → robert: new layer, 2 files (2 documents), 3 spans',
      'carol → caroline: new layer, 1 file (1 document), 1 span',
    ])
  })

  it('refuses --as NAME when it names no one layer', async () => {
    const projects = await bobAndCarol()

    const run = await gloss('merge', projects.ours.project, projects.theirs.project, '--as', 'x')

    expect(run.code).toBe(1)
    expect(run.stderr).toEqual([
      'gloss: --as x names no one layer: they have 2 layers and none clashes. Use --as old=new for each layer to rename.',
      USAGE,
    ])
  })

  it('with --dry-run prints the plan, writes nothing and exits as the merge would', async () => {
    const projects = await bobChangedSinceLastMerge()
    const before = await snapshot(projects.ours.project)

    const run = await gloss('merge', projects.ours.project, projects.theirs.project, '--dry-run')

    expect(run.code).toBe(2)
    expect(run.stdout[0]).toBe(
      `dry run, nothing written: merging "colleague" from ${projects.theirs.project}`,
    )
    expect(await snapshot(projects.ours.project)).toEqual(before)
  })

  it('prints what it refused and why, one line each, and exits 2', async () => {
    const projects = await twoProjects()
    await aliceAndBob(projects)
    await mkdir(join(projects.theirs.project, 'annotations/_gold'))

    const run = await gloss('merge', projects.ours.project, projects.theirs.project)

    expect(run.code).toBe(2)
    expect(run.stderr).toEqual([
      'refused annotations/_gold: their adjudicated gold set is not merged: adjudication happens in one project. Review their annotators’ layers here to settle gold in this project',
    ])
  })

  it('fails with the folder named when the other folder is not a project', async () => {
    const projects = await twoProjects()
    await openedProject(projects.ours, 'alice')
    await mkdir(projects.theirs.project)

    const run = await gloss('merge', projects.ours.project, projects.theirs.project)

    expect(run).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        `gloss: ${projects.theirs.project} is not a Gloss project: it has no gloss.json.`,
        'Choose the folder of the colleague’s project: the one that holds their gloss.json.',
      ],
    })
    expect(await readFile(join(projects.ours.project, 'gloss.json'), 'utf8')).toContain('"name"')
  })

  it('needs both folders', async () => {
    const projects = await twoProjects()

    const run = await gloss('merge', projects.ours.project)

    expect(run.code).toBe(1)
    expect(run.stderr[0]).toBe(
      "gloss: gloss merge needs the project folder and the colleague's project folder.",
    )
  })
})
