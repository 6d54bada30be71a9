import { join } from 'node:path'

import { GlossFailure } from '../../core/failure'
import type { MergeRefusal } from '../../core/project/merge-summary'
import { mapLimit } from '../annotations/map-limit'
import type { JsonFiles } from '../storage/json-file'
import { stringifyJson } from '../storage/json-kind'
import { suggestName } from './layer-names'
import type { PersonFolder } from './person-folders'
import type { Layer, LayerFile } from './read-layers'

const PARALLEL_READS = 16

/** One of their files as it will be written here. */
export interface FileToWrite {
  readonly folder: PersonFolder<unknown>
  /** The full path in this project. */
  readonly path: string
  readonly docId: string
  /** Where it came from in their project, e.g. `annotations/bob/0123abcd4567ef89.json`. */
  readonly where: string
  /** Their file, its owner field saying the layer's name here. */
  readonly data: unknown
}

/** What a merge does with one of their layers, before the counts are summed up. */
export interface LayerDraft {
  readonly name: string
  readonly as: string
  /** Whether this project has a layer named `as` already. */
  readonly existed: boolean
  /** The files to write; none for a clash. */
  readonly add: readonly FileToWrite[]
  readonly alreadyHere: number
  readonly differing: number
  readonly suggestedName?: string
}

export interface LayersPlan {
  readonly drafts: readonly LayerDraft[]
  readonly refused: readonly MergeRefusal[]
}

export interface LayerContext {
  /** This project's folder. */
  readonly root: string
  /** The layers this project has. */
  readonly ourNames: ReadonlySet<string>
  /** Their layer's name → the name it is merged under. */
  readonly targets: ReadonlyMap<string, string>
  /** Why files about a document cannot be merged, or `null` when they can. */
  readonly whyNot: (docId: string) => string | null
  /** The writers of this project's files: ours are read through them (edit logs replayed). */
  readonly files: JsonFiles
}

type Compared =
  | { readonly outcome: 'add'; readonly file: FileToWrite }
  | { readonly outcome: 'here' | 'differs' }
  | { readonly outcome: 'refused'; readonly refusal: MergeRefusal }

/**
 * Compares each of their layers, file by file, with the layer of the same name here (after
 * renames). Files only they have are added and identical ones are already here; a file on
 * both sides with different content makes the whole layer a clash, which writes nothing and
 * suggests a free name to merge it under instead. Files about a document that cannot be
 * merged are refused; so is a file whose copy here cannot be read (it is never written over).
 */
export async function planLayers(
  layers: readonly Layer[],
  context: LayerContext,
): Promise<LayersPlan> {
  const refused: MergeRefusal[] = []
  const taken = new Set([...context.ourNames, ...context.targets.values()])
  const drafts: LayerDraft[] = []
  for (const layer of layers) {
    const as = context.targets.get(layer.name) ?? layer.name
    const compared = await mapLimit(layer.files, PARALLEL_READS, (file) =>
      compare(file, as, context),
    )
    const add: FileToWrite[] = []
    let alreadyHere = 0
    let differing = 0
    for (const item of compared) {
      if (item.outcome === 'add') add.push(item.file)
      else if (item.outcome === 'here') alreadyHere++
      else if (item.outcome === 'refused') refused.push(item.refusal)
      else differing++
    }
    const base = { name: layer.name, as, existed: context.ourNames.has(as), alreadyHere, differing }
    if (differing === 0) {
      drafts.push({ ...base, add })
      continue
    }
    const suggestedName = suggestName(layer.name, taken)
    taken.add(suggestedName)
    drafts.push({ ...base, add: [], suggestedName })
  }
  return { drafts, refused }
}

async function compare(file: LayerFile, as: string, context: LayerContext): Promise<Compared> {
  const why = context.whyNot(file.docId)
  if (why !== null) return { outcome: 'refused', refusal: { item: file.where, reason: why } }
  const { folder, docId } = file
  const data = folder.ownedBy(file.data, as)
  const path = join(context.root, folder.folder, as, `${docId}.json`)
  let ours: unknown
  try {
    ours = await context.files.file(path, folder.kind).read()
  } catch (error) {
    if (!(error instanceof GlossFailure)) throw error
    const reason = `this project's copy cannot be compared with it. ${error.message} Fix that file, then merge again`
    return { outcome: 'refused', refusal: { item: file.where, reason } }
  }
  if (ours === null)
    return { outcome: 'add', file: { folder, path, docId, where: file.where, data } }
  // Both parsed by the same schema, so equal files print alike whatever their spacing.
  return { outcome: stringifyJson(ours) === stringifyJson(data) ? 'here' : 'differs' }
}
