import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { MergeLayer } from '../../../src-main/core/project/merge-summary'
import { snapshot } from './support/dataset-fixture'
import {
  aliceAndBob,
  annotate,
  HARBOUR,
  HARBOUR_ID,
  LIBRARY_ID,
  MARKET,
  MARKET_ID,
  twoProjects,
} from './support/merge-fixture'
import { created, failure, ok, openedProject, readJson, spanOn } from './support/project-fixture'

const LIBRARY_DOC = { id: LIBRARY_ID, title: 'Library extends opening hours' }
const MARKET_DOC = { id: MARKET_ID, title: 'Market square to be pedestrianised' }

const layer = (over: Partial<MergeLayer> & Pick<MergeLayer, 'name' | 'state'>): MergeLayer => ({
  as: over.name,
  filesAdded: 0,
  filesAlreadyHere: 0,
  filesDiffering: 0,
  documents: 0,
  spans: 0,
  ...over,
})

describe('merging a colleague’s project folder', () => {
  it('copies a layer this project lacks and the documents it lacks', async () => {
    const projects = await twoProjects()
    const [alice] = await aliceAndBob(projects)

    const summary = await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })

    expect(summary).toEqual({
      from: projects.theirs.project,
      fromName: 'colleague',
      applied: true,
      layers: [layer({ name: 'bob', state: 'new', filesAdded: 2, documents: 2, spans: 3 })],
      documentsAdded: [LIBRARY_DOC],
      refused: [],
      unknownLabels: [],
    })
    const ours = await snapshot(projects.ours.project)
    const theirs = await snapshot(projects.theirs.project)
    for (const path of [
      `annotations/bob/${HARBOUR_ID}.json`,
      `annotations/bob/${LIBRARY_ID}.json`,
      `documents/${LIBRARY_ID}.txt`,
    ]) {
      expect(ours[path]).toBe(theirs[path])
    }
    const theirIndex = (await readJson(join(projects.theirs.project, 'documents/index.json'))) as {
      documents: { id: string }[]
    }
    const ourIndex = (await readJson(join(projects.ours.project, 'documents/index.json'))) as {
      documents: { id: string }[]
    }
    expect(ourIndex.documents.map((entry) => entry.id)).toEqual([HARBOUR_ID, LIBRARY_ID])
    expect(ourIndex.documents[1]).toEqual(theirIndex.documents[1])
  })

  it('never changes a file this project had: only the index gains an entry', async () => {
    const projects = await twoProjects()
    const [alice] = await aliceAndBob(projects)
    const before = await snapshot(projects.ours.project)

    await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })

    const after = await snapshot(projects.ours.project)
    const { 'documents/index.json': oldIndex, ...unchanged } = before
    for (const [path, content] of Object.entries(unchanged)) expect(after[path]).toBe(content)
    const index = JSON.parse(after['documents/index.json'] ?? '') as { documents: unknown[] }
    expect(index.documents.slice(0, 1)).toEqual(JSON.parse(oldIndex ?? '').documents)
    expect(Object.keys(after).sort()).toEqual(
      [
        ...Object.keys(before),
        `annotations/bob/${HARBOUR_ID}.json`,
        `annotations/bob/${LIBRARY_ID}.json`,
        `documents/${LIBRARY_ID}.txt`,
      ].sort(),
    )
  })

  it('calls files already here, identical, “already here” and writes nothing again', async () => {
    const projects = await twoProjects()
    const [alice] = await aliceAndBob(projects)
    await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })
    const before = await snapshot(projects.ours.project)

    const again = await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })

    expect(again.layers).toEqual([
      layer({ name: 'bob', state: 'already-here', filesAlreadyHere: 2 }),
    ])
    expect(again.documentsAdded).toEqual([])
    expect(await snapshot(projects.ours.project)).toEqual(before)
  })

  it('adds the files of a known layer that this project lacks', async () => {
    const projects = await twoProjects()
    const [alice, bob] = await aliceAndBob(projects)
    await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })
    await annotate(bob, 'market', MARKET, [['from May', 'commitment']])

    const summary = await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })

    expect(summary.layers).toEqual([
      layer({
        name: 'bob',
        state: 'adding',
        filesAdded: 1,
        filesAlreadyHere: 2,
        documents: 1,
        spans: 1,
      }),
    ])
    expect(summary.documentsAdded).toEqual([MARKET_DOC])
    expect(
      await readJson(join(projects.ours.project, `annotations/bob/${MARKET_ID}.json`)),
    ).toEqual(await readJson(join(projects.theirs.project, `annotations/bob/${MARKET_ID}.json`)))
  })
})

describe('a layer whose name this project has, with different content', () => {
  /** Bob's layer merged once; then he tags one more span on the harbour and the market. */
  async function clashingBob() {
    const projects = await twoProjects()
    const [alice, bob] = await aliceAndBob(projects)
    await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })
    await ok(bob, 'applySpanChanges', {
      docId: HARBOUR_ID,
      changes: created(spanOn(HARBOUR, 'the chair said', 'claim', 's9')),
    })
    await annotate(bob, 'market', MARKET, [['from May', 'commitment']])
    return { projects, alice }
  }

  it('is a clash: nothing of the layer is written, and a free name is suggested', async () => {
    const { projects, alice } = await clashingBob()
    const before = await snapshot(join(projects.ours.project, 'annotations'))

    const summary = await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })

    expect(summary.layers).toEqual([
      layer({
        name: 'bob',
        state: 'clash',
        filesAlreadyHere: 1,
        filesDiffering: 1,
        suggestedName: 'bob-2',
      }),
    ])
    expect(summary.refused).toEqual([])
    expect(await snapshot(join(projects.ours.project, 'annotations'))).toEqual(before)
    // Documents belong to no layer: the market article still comes in.
    expect(summary.documentsAdded).toEqual([MARKET_DOC])
  })

  it('merges under another name, the files saying that name as their annotator', async () => {
    const { projects, alice } = await clashingBob()

    const summary = await ok(alice, 'mergeProject', {
      path: projects.theirs.project,
      renames: { bob: 'bob-2' },
      apply: true,
    })

    expect(summary.layers).toEqual([
      layer({ name: 'bob', as: 'bob-2', state: 'new', filesAdded: 3, documents: 3, spans: 5 }),
    ])
    const theirs = (await readJson(
      join(projects.theirs.project, `annotations/bob/${HARBOUR_ID}.json`),
    )) as Record<string, unknown>
    expect(
      await readJson(join(projects.ours.project, `annotations/bob-2/${HARBOUR_ID}.json`)),
    ).toEqual({ ...theirs, annotator: 'bob-2' })
  })

  it('clashes again when the new name is a layer here with other content', async () => {
    const { projects, alice } = await clashingBob()

    const summary = await ok(alice, 'mergeProject', {
      path: projects.theirs.project,
      renames: { bob: 'alice' },
      apply: true,
    })

    expect(summary.layers).toEqual([
      layer({
        name: 'bob',
        as: 'alice',
        state: 'clash',
        filesAdded: 0,
        filesDiffering: 1,
        suggestedName: 'bob-2',
      }),
    ])
    await expect(
      readJson(join(projects.ours.project, `annotations/alice/${LIBRARY_ID}.json`)),
    ).rejects.toThrow(/ENOENT/)
  })

  it('refuses a rename of a layer they do not have, naming theirs', async () => {
    const projects = await twoProjects()
    const [alice] = await aliceAndBob(projects)

    const error = await failure(alice, 'mergeProject', {
      path: projects.theirs.project,
      renames: { carol: 'carol-2' },
      apply: true,
    })

    expect(error).toEqual({
      code: 'invalid-input',
      message: 'Their project has no layer "carol" to merge under another name.',
      hint: 'Their layers: bob.',
    })
  })

  it('refuses a new name that cannot be an annotator’s', async () => {
    const projects = await twoProjects()
    const [alice] = await aliceAndBob(projects)

    const error = await failure(alice, 'mergeProject', {
      path: projects.theirs.project,
      renames: { bob: '_gold' },
      apply: true,
    })

    expect(error.code).toBe('invalid-input')
    expect(error.message).toBe(
      'Invalid input for mergeProject at renames.bob: may not start with _ or .',
    )
  })
})

describe('a dry run', () => {
  it('returns the plan the merge would carry out and writes nothing', async () => {
    const projects = await twoProjects()
    const [alice] = await aliceAndBob(projects)
    const before = await snapshot(projects.ours.project)
    const theirsBefore = await snapshot(projects.theirs.project)

    const plan = await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: false })

    expect(await snapshot(projects.ours.project)).toEqual(before)
    const merged = await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })
    expect(plan).toEqual({ ...merged, applied: false })
    expect(await snapshot(projects.theirs.project)).toEqual(theirsBefore)
  })
})

describe('the other folder', () => {
  it('must be a Gloss project', async () => {
    const projects = await twoProjects()
    const alice = await openedProject(projects.ours, 'alice')
    await mkdir(projects.theirs.project)

    const error = await failure(alice, 'mergeProject', {
      path: projects.theirs.project,
      apply: true,
    })

    expect(error).toEqual({
      code: 'not-found',
      message: `${projects.theirs.project} is not a Gloss project: it has no gloss.json.`,
      file: projects.theirs.project,
      hint: 'Choose the folder of the colleague’s project: the one that holds their gloss.json.',
    })
  })

  it('must exist', async () => {
    const projects = await twoProjects()
    const alice = await openedProject(projects.ours, 'alice')

    const error = await failure(alice, 'mergeProject', {
      path: projects.theirs.project,
      apply: true,
    })

    expect(error.message).toBe(`The folder ${projects.theirs.project} does not exist.`)
    expect(error.file).toBe(projects.theirs.project)
  })

  it('is not this project itself', async () => {
    const projects = await twoProjects()
    const alice = await openedProject(projects.ours, 'alice')

    const error = await failure(alice, 'mergeProject', { path: projects.ours.project, apply: true })

    expect(error).toMatchObject({
      code: 'invalid-input',
      message: `${projects.ours.project} is this project itself.`,
    })
  })

  it('is given as a full path', async () => {
    const projects = await twoProjects()
    const alice = await openedProject(projects.ours, 'alice')

    const error = await failure(alice, 'mergeProject', { path: 'colleague', apply: true })

    expect(error).toMatchObject({
      code: 'invalid-input',
      message: '"colleague" is not a full path.',
    })
  })
})
