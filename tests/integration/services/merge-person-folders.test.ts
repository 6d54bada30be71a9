import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { mergeProject } from '../../../src-main/services/merge/merge-project'
import { PERSON_FOLDERS, personFolder } from '../../../src-main/services/merge/person-folders'
import { openProjectStore } from '../../../src-main/services/project/project-store'
import { createJsonFiles, type JsonFiles } from '../../../src-main/services/storage/json-file'
import type { JsonKind } from '../../../src-main/services/storage/json-kind'
import { aliceAndBob, HARBOUR, HARBOUR_ID, LIBRARY_ID, twoProjects } from './support/merge-fixture'
import { ok, readJson } from './support/project-fixture'

interface Note {
  readonly version: 1
  readonly docId: string
  readonly author: string
  readonly text: string
}

const NOTE_FILE: JsonKind<Note> = {
  what: 'notes file',
  version: 1,
  schema: z.object({
    version: z.literal(1),
    docId: z.string(),
    author: z.string(),
    text: z.string(),
  }),
}

// A per-person kind like the comments: `notes/<author>/<docId>.json`, owned by `author`.
const NOTES = personFolder<Note>({
  folder: 'notes',
  kind: NOTE_FILE,
  notMerged: {},
  docIdOf: (note) => note.docId,
  ownedBy: (note, person) => ({ ...note, author: person }),
  spanLabels: () => [],
})

const FOLDERS = [...PERSON_FOLDERS, NOTES]

async function writeNote(project: string, author: string, docId: string, text: string) {
  const file = join(project, 'notes', author, `${docId}.json`)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, JSON.stringify({ version: 1, docId, author, text }))
}

describe('another per-person folder kind', () => {
  it('is merged by its table entry, with the layer, and renamed with it', async () => {
    const projects = await twoProjects()
    await aliceAndBob(projects)
    await writeNote(projects.theirs.project, 'bob', HARBOUR_ID, 'check the ferry count')
    const store = await openProjectStore(projects.ours.project, { create: false })

    const summary = await mergeProject(
      store,
      { from: projects.theirs.project, renames: { bob: 'robert' }, apply: true },
      { folders: FOLDERS },
    )

    expect(summary.layers).toEqual([
      {
        name: 'bob',
        as: 'robert',
        state: 'new',
        filesAdded: 3,
        filesAlreadyHere: 0,
        filesDiffering: 0,
        documents: 2,
        spans: 3,
      },
    ])
    expect(await readJson(join(projects.ours.project, `notes/robert/${HARBOUR_ID}.json`))).toEqual({
      version: 1,
      docId: HARBOUR_ID,
      author: 'robert',
      text: 'check the ferry count',
    })
  })

  it('makes the whole layer a clash when one of its files differs', async () => {
    const projects = await twoProjects()
    await aliceAndBob(projects)
    await writeNote(projects.theirs.project, 'bob', HARBOUR_ID, 'check the ferry count')
    await writeNote(projects.ours.project, 'bob', HARBOUR_ID, 'a note of our own')
    const store = await openProjectStore(projects.ours.project, { create: false })

    const summary = await mergeProject(
      store,
      { from: projects.theirs.project, apply: true },
      { folders: FOLDERS },
    )

    expect(summary.layers.map(({ state, filesDiffering }) => ({ state, filesDiffering }))).toEqual([
      { state: 'clash', filesDiffering: 1 },
    ])
    await expect(
      readFile(join(projects.ours.project, `annotations/bob/${HARBOUR_ID}.json`)),
    ).rejects.toThrow(/ENOENT/)
  })
})

describe('a file that appears here while merging', () => {
  it('is kept as it is and reported; the other files are written', async () => {
    const projects = await twoProjects()
    await aliceAndBob(projects)
    const store = await openProjectStore(projects.ours.project, { create: false })
    const arriving = join(projects.ours.project, `annotations/bob/${LIBRARY_ID}.json`)
    const synced = (
      await readFile(join(projects.theirs.project, `annotations/bob/${LIBRARY_ID}.json`), 'utf8')
    ).replace('"status": "in-progress"', '"status": "done"')
    expect(synced).toContain('"status": "done"')
    const real = createJsonFiles()
    // A sync writes Bob's library file just before the merge gets to it.
    const files: JsonFiles = {
      editable: (path, kind) => real.editable(path, kind),
      foldAll: () => real.foldAll(),
      file(path, kind) {
        const handle = real.file(path, kind)
        if (path !== arriving) return handle
        return {
          path: handle.path,
          read: () => handle.read(),
          update: async (change) => {
            await writeFile(arriving, synced)
            return handle.update(change)
          },
        }
      },
    }

    const summary = await mergeProject(
      store,
      { from: projects.theirs.project, apply: true },
      { files },
    )

    expect(summary.refused).toEqual([
      {
        item: `annotations/bob/${LIBRARY_ID}.json`,
        reason: `${arriving} was created while merging; it is kept as it is`,
      },
    ])
    expect(summary.layers.map((layer) => layer.filesAdded)).toEqual([1])
    expect(await readFile(arriving, 'utf8')).toBe(synced)
  })
})

describe("a colleague's comments", () => {
  it('come in with their layer, and a rename moves their threads on their own spans with it', async () => {
    const projects = await twoProjects()
    const [, bob] = await aliceAndBob(projects)
    const phrase = 'The board will buy 2 electric ferries'
    const start = HARBOUR.indexOf(phrase)
    await ok(bob, 'addComment', {
      docId: HARBOUR_ID,
      text: 'Is "will buy" firm enough for a commitment?',
      target: {
        kind: 'span',
        annotator: 'bob',
        spanId: 's1',
        start,
        end: start + phrase.length,
        label: 'commitment',
        text: phrase,
      },
    })
    const store = await openProjectStore(projects.ours.project, { create: false })

    const summary = await mergeProject(store, {
      from: projects.theirs.project,
      renames: { bob: 'robert' },
      apply: true,
    })

    expect(summary.layers.map(({ as, filesAdded }) => ({ as, filesAdded }))).toEqual([
      { as: 'robert', filesAdded: 3 },
    ])
    const file = (await readJson(
      join(projects.ours.project, `comments/robert/${HARBOUR_ID}.json`),
    )) as { author: string; entries: { kind: string; target?: { annotator: string } }[] }
    expect(file.author).toBe('robert')
    expect(file.entries.find((entry) => entry.kind === 'thread')?.target?.annotator).toBe('robert')
  })
})
