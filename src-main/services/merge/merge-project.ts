import { realpath } from 'node:fs/promises'
import { resolve } from 'node:path'

import { GlossFailure } from '../../core/failure'
import type { MergeSummary } from '../../core/project/merge-summary'
import { openProjectStore, type ProjectStore } from '../project/project-store'
import { createJsonFiles, jsonFiles, type JsonFiles } from '../storage/json-file'
import { commitMerge } from './commit-merge'
import { targetNames } from './layer-names'
import { PERSON_FOLDERS, type PersonFolder } from './person-folders'
import { planDocuments } from './plan-documents'
import { planLayers } from './plan-layers'
import { layerNames, readLayers } from './read-layers'
import { summariseMerge } from './summarise-merge'

export interface MergeRequest {
  /** The colleague's project folder (a full path). It is only read. */
  readonly from: string
  /** Their layer's name → the name to merge it under here. */
  readonly renames?: Readonly<Record<string, string>>
  /** `false`: plan only (a dry run), nothing is written. */
  readonly apply: boolean
}

export interface MergeOptions {
  /** The per-person folders merged; default `PERSON_FOLDERS`. */
  readonly folders?: readonly PersonFolder<unknown>[]
  /** The writers this project's files are saved through; default the process's own. */
  readonly files?: JsonFiles
}

/**
 * Merges a colleague's project folder into `store`'s project: their layers
 * (`annotations/<name>/`, and every other per-person folder) and the documents this project
 * lacks. This project's files are never changed: `gloss.json` and existing layer files stay
 * as they are, and the document index only gains entries. Everything is read and checked
 * first, then written. A layer with a file that differs from ours is a clash and writes
 * nothing (merge it under another name with `renames`); their gold set, unreadable files and
 * documents whose text does not check out are refused with the reason. With `apply: false`
 * the same summary comes back and nothing is written.
 */
export async function mergeProject(
  store: ProjectStore,
  request: MergeRequest,
  options: MergeOptions = {},
): Promise<MergeSummary> {
  const folders = options.folders ?? PERSON_FOLDERS
  const files = options.files ?? jsonFiles
  const theirs = await openTheirProject(request.from, store)
  const [ourProject, theirProject] = await Promise.all([store.readProject(), theirs.readProject()])
  const read = await readLayers(theirs.paths.root, folders)
  const targets = targetNames(
    read.layers.map((layer) => layer.name),
    request.renames ?? {},
  )
  const documents = await planDocuments(store, theirs)
  const planned = await planLayers(read.layers, {
    root: store.paths.root,
    ourNames: await layerNames(store.paths.root, folders),
    targets,
    whyNot: documents.whyNot,
    files,
  })
  const refused = [...documents.refused, ...read.refused, ...planned.refused]
  let drafts = planned.drafts
  if (request.apply) {
    const committed = await commitMerge(store, documents.added, drafts, files)
    drafts = committed.drafts
    refused.push(...committed.refused)
  }
  return summariseMerge({
    from: theirs.paths.root,
    fromName: theirProject.name,
    applied: request.apply,
    drafts,
    documents: documents.added,
    refused,
    ourLabels: ourProject.labels,
    theirLabels: theirProject.labels,
  })
}

async function openTheirProject(from: string, ours: ProjectStore): Promise<ProjectStore> {
  const folder = resolve(from)
  const hint = 'Choose the folder of the colleague’s project: the one that holds their gloss.json.'
  let theirs: ProjectStore
  try {
    // Handles of their own: nothing here ever writes to their folder.
    theirs = await openProjectStore(folder, { create: false, files: createJsonFiles() })
  } catch (error) {
    if (error instanceof GlossFailure && error.code === 'not-found') {
      throw new GlossFailure({ code: 'not-found', message: error.message, file: folder, hint })
    }
    throw error
  }
  const [theirRoot, ourRoot] = await Promise.all([
    realpath(theirs.paths.root),
    realpath(ours.paths.root),
  ])
  if (theirRoot === ourRoot) {
    throw new GlossFailure({
      code: 'invalid-input',
      message: `${folder} is this project itself.`,
      file: folder,
      hint,
    })
  }
  return theirs
}
