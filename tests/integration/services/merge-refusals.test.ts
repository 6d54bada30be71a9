import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { DEFAULT_LABELS } from '../../../src-main/core/labels/label'
import { sha256Hex } from '../../../src-main/services/project/document-text'
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
  type TwoProjects,
} from './support/merge-fixture'
import { ok, readJson } from './support/project-fixture'

/** Bob's layer, new here, bringing one file with `spans` spans. */
const bobWithOneFile = (spans: number) => ({
  name: 'bob',
  as: 'bob',
  state: 'new',
  filesAdded: 1,
  filesAlreadyHere: 0,
  filesDiffering: 0,
  documents: 1,
  spans,
})

/** Rewrites their `documents/index.json` entry for `docId`. */
async function editTheirEntry(projects: TwoProjects, docId: string, change: object): Promise<void> {
  const file = join(projects.theirs.project, 'documents/index.json')
  const index = (await readJson(file)) as { documents: { id: string }[] }
  index.documents = index.documents.map((entry) =>
    entry.id === docId ? { ...entry, ...change } : entry,
  )
  await writeFile(file, JSON.stringify(index, null, 2))
}

describe('documents that cannot be merged', () => {
  it('refuses a document with our id but another text, and everything about it', async () => {
    const projects = await twoProjects()
    const [alice] = await aliceAndBob(projects)
    const edited = HARBOUR.replace('2 electric', '3 electric')
    await writeFile(join(projects.theirs.project, `documents/${HARBOUR_ID}.txt`), edited)
    await editTheirEntry(projects, HARBOUR_ID, { sha256: sha256Hex(edited) })

    const summary = await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })

    expect(summary.refused).toEqual([
      {
        item: `documents/${HARBOUR_ID}.txt`,
        reason:
          '"Harbour board approves new ferry" has the same id as "Harbour board approves new ferry" here but a different text, so it is not merged, nor anything about it',
      },
      {
        item: `annotations/bob/${HARBOUR_ID}.json`,
        reason: `its document ${HARBOUR_ID} has another text here than in their project`,
      },
    ])
    expect(summary.layers).toEqual([bobWithOneFile(2)])
    expect(await readFile(join(projects.ours.project, `documents/${HARBOUR_ID}.txt`), 'utf8')).toBe(
      HARBOUR,
    )
  })

  it('refuses a document we lack whose text does not match its index entry', async () => {
    const projects = await twoProjects()
    const [alice] = await aliceAndBob(projects)
    const text = join(projects.theirs.project, `documents/${LIBRARY_ID}.txt`)
    await writeFile(text, (await readFile(text, 'utf8')).replace('9pm', '10pm'))

    const summary = await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })

    expect(summary.documentsAdded).toEqual([])
    expect(summary.refused).toEqual([
      {
        item: `documents/${LIBRARY_ID}.txt`,
        reason: `The text of "Library extends opening hours" was changed outside Gloss, so its annotations no longer line up: ${text}.`,
      },
      {
        item: `annotations/bob/${LIBRARY_ID}.json`,
        reason: `its document ${LIBRARY_ID} was refused (see documents/${LIBRARY_ID}.txt)`,
      },
    ])
    expect(summary.layers.map((layer) => layer.filesAdded)).toEqual([1])
  })

  it('refuses an annotations file about a document neither project has', async () => {
    const projects = await twoProjects()
    const [alice] = await aliceAndBob(projects)
    const index = join(projects.theirs.project, 'documents/index.json')
    const { documents } = (await readJson(index)) as { documents: { id: string }[] }
    await writeFile(
      index,
      JSON.stringify({ version: 1, documents: documents.filter((e) => e.id !== LIBRARY_ID) }),
    )

    const summary = await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })

    expect(summary.refused).toEqual([
      {
        item: `annotations/bob/${LIBRARY_ID}.json`,
        reason: `document ${LIBRARY_ID} is in neither project (no index lists it), so there is no text for it`,
      },
    ])
    expect(summary.documentsAdded).toEqual([])
  })
})

describe('layers and files that are not merged', () => {
  it('refuses their gold set, saying why', async () => {
    const projects = await twoProjects()
    const [alice] = await aliceAndBob(projects)
    const bobFile = await readFile(
      join(projects.theirs.project, `annotations/bob/${HARBOUR_ID}.json`),
      'utf8',
    )
    await mkdir(join(projects.theirs.project, 'annotations/_gold'))
    await writeFile(
      join(projects.theirs.project, `annotations/_gold/${HARBOUR_ID}.json`),
      bobFile.replace('"bob"', '"_gold"'),
    )

    const summary = await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })

    expect(summary.refused).toEqual([
      {
        item: 'annotations/_gold',
        reason:
          'their adjudicated gold set is not merged: adjudication happens in one project. Review their annotators’ layers here to settle gold in this project',
      },
    ])
    expect(summary.layers.map((layer) => layer.name)).toEqual(['bob'])
    expect(Object.keys(await snapshot(join(projects.ours.project, 'annotations'))).sort()).toEqual(
      [`alice/${HARBOUR_ID}.json`, `bob/${HARBOUR_ID}.json`, `bob/${LIBRARY_ID}.json`].sort(),
    )
  })

  it('refuses an unreadable file, naming it, and merges the rest of the layer', async () => {
    const projects = await twoProjects()
    const [alice] = await aliceAndBob(projects)
    const broken = join(projects.theirs.project, `annotations/bob/${LIBRARY_ID}.json`)
    await writeFile(broken, '{ "version": 1, "docId": ')

    const summary = await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })

    expect(summary.refused).toHaveLength(1)
    expect(summary.refused[0]?.item).toBe(`annotations/bob/${LIBRARY_ID}.json`)
    expect(summary.refused[0]?.reason).toMatch(
      new RegExp(`^Gloss cannot read ${broken}: it is not valid JSON \\(.+\\)\\.$`, 'u'),
    )
    expect(summary.layers).toEqual([bobWithOneFile(1)])
    // The library's text still comes in: a document is not part of anyone's layer.
    expect(summary.documentsAdded.map((document) => document.id)).toEqual([LIBRARY_ID])
  })

  it('refuses a file that is about another document than its name says', async () => {
    const projects = await twoProjects()
    const [alice] = await aliceAndBob(projects)
    const folder = join(projects.theirs.project, 'annotations/bob')
    await writeFile(
      join(folder, `${LIBRARY_ID}.json`),
      await readFile(join(folder, `${HARBOUR_ID}.json`), 'utf8'),
    )

    const summary = await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })

    expect(summary.refused).toEqual([
      {
        item: `annotations/bob/${LIBRARY_ID}.json`,
        reason: `Gloss cannot read ${join(folder, `${LIBRARY_ID}.json`)}: it is about document ${HARBOUR_ID}, not ${LIBRARY_ID}.`,
      },
    ])
  })
})

describe('labels this project lacks', () => {
  it('are listed with their names and span counts; gloss.json is not changed', async () => {
    const projects = await twoProjects()
    const [alice, bob] = await aliceAndBob(projects)
    const hedge = { id: 'hedge', name: 'Hedge', color: '#7a52c7', hotkey: '4', description: '' }
    await ok(bob, 'updateProject', { labels: [...DEFAULT_LABELS, hedge] })
    await annotate(bob, 'market', MARKET, [
      ['will be banned', 'hedge'],
      ['the mayor promised', 'hedge'],
    ])
    const ourProjectFile = join(projects.ours.project, 'gloss.json')
    const before = await readFile(ourProjectFile, 'utf8')

    const summary = await ok(alice, 'mergeProject', { path: projects.theirs.project, apply: true })

    expect(summary.unknownLabels).toEqual([{ id: 'hedge', name: 'Hedge', spans: 2 }])
    expect(await readFile(ourProjectFile, 'utf8')).toBe(before)
    const merged = (await readJson(
      join(projects.ours.project, `annotations/bob/${MARKET_ID}.json`),
    )) as { spans: { label: string }[] }
    expect(merged.spans.map((span) => span.label)).toEqual(['hedge', 'hedge'])
  })
})
