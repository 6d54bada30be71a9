import { join } from 'node:path'

import { annotatorSchema } from '../../contract/schemas'
import { GlossFailure } from '../../core/failure'
import type { MergeRefusal } from '../../core/project/merge-summary'
import { mapLimit } from '../annotations/map-limit'
import { ANNOTATION_FILE_NAME, listFolder } from '../project/folders'
import { lookState } from '../storage/file-state'
import { unreadableFile } from '../storage/io-failure'
import type { JsonKind } from '../storage/json-kind'
import type { PersonFolder } from './person-folders'

const PARALLEL_READS = 16

/** One file of a person's folder, read and validated. */
export interface LayerFile {
  readonly folder: PersonFolder<unknown>
  readonly docId: string
  readonly data: unknown
  /** Where it is inside its project, e.g. `annotations/bob/0123abcd4567ef89.json`. */
  readonly where: string
}

/** A person's files across every per-person folder. */
export interface Layer {
  readonly name: string
  readonly files: readonly LayerFile[]
}

export interface ReadLayers {
  /** Sorted by name. */
  readonly layers: readonly Layer[]
  /** Folders and files that cannot be merged, with why. */
  readonly refused: readonly MergeRefusal[]
}

/**
 * Reads every person's folder in the project at `root`. A folder that is not a person's
 * (gold, or a name that cannot be an annotator's) and a file that cannot be read or does
 * not validate are refused with the reason; everything else is read. Hidden entries and
 * files not named `<docId>.json` are not Gloss's and are passed over, as the store does.
 */
export async function readLayers(
  root: string,
  folders: readonly PersonFolder<unknown>[],
): Promise<ReadLayers> {
  const byName = new Map<string, LayerFile[]>()
  const refused: MergeRefusal[] = []
  for (const folder of folders) {
    for (const entry of await listFolder(join(root, folder.folder))) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue
      const where = `${folder.folder}/${entry.name}`
      const why = folder.notMerged[entry.name] ?? nameProblem(entry.name)
      if (why !== null) {
        refused.push({ item: where, reason: why })
        continue
      }
      const name = entry.name.normalize('NFC')
      const files = byName.get(name) ?? []
      byName.set(name, files)
      const read = await readPersonFolder(root, folder, entry.name)
      files.push(...read.files)
      refused.push(...read.refused)
    }
  }
  const layers = [...byName]
    .map(([name, files]) => ({ name, files }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return { layers, refused }
}

function nameProblem(name: string): string | null {
  const parsed = annotatorSchema.safeParse(name)
  // The schema trims; a folder name with spaces around it is not a layer's name either.
  if (parsed.success && parsed.data === name.normalize('NFC')) return null
  const why = parsed.success ? 'it has spaces at an end' : parsed.error.issues[0]?.message
  return `"${name}" cannot be an annotator's name (${why ?? 'rejected'}), so it is not a layer`
}

/** The names of the layers the project at `root` has in any per-person folder. */
export async function layerNames(
  root: string,
  folders: readonly PersonFolder<unknown>[],
): Promise<Set<string>> {
  const names = new Set<string>()
  for (const folder of folders) {
    for (const entry of await listFolder(join(root, folder.folder))) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) names.add(entry.name.normalize('NFC'))
    }
  }
  return names
}

interface ReadFolder {
  readonly files: readonly LayerFile[]
  readonly refused: readonly MergeRefusal[]
}

async function readPersonFolder(
  root: string,
  folder: PersonFolder<unknown>,
  person: string,
): Promise<ReadFolder> {
  const names = (await listFolder(join(root, folder.folder, person)))
    .filter((entry) => entry.isFile() && ANNOTATION_FILE_NAME.test(entry.name))
    .map((entry) => entry.name)
    .sort()
  const read = await mapLimit(
    names,
    PARALLEL_READS,
    async (name): Promise<LayerFile | MergeRefusal> => {
      const where = `${folder.folder}/${person}/${name}`
      const docId = name.slice(0, -'.json'.length)
      try {
        const data = await readValidated(join(root, where), folder.kind)
        if (data === null) throw unreadableFile(join(root, where), 'it vanished while being read')
        const holds = folder.docIdOf(data)
        if (holds !== docId) {
          throw unreadableFile(join(root, where), `it is about document ${holds}, not ${docId}`)
        }
        return { folder, docId, data, where } satisfies LayerFile
      } catch (error) {
        if (!(error instanceof GlossFailure)) throw error
        return { item: where, reason: error.message } satisfies MergeRefusal
      }
    },
  )
  return {
    files: read.filter((item): item is LayerFile => 'data' in item),
    refused: read.filter((item): item is MergeRefusal => 'reason' in item),
  }
}

/**
 * A project file of `kind`, validated as the store validates it, with the edits logged
 * beside it replayed (a colleague's folder may hold edits not yet folded into their files);
 * `null` when it does not exist. Anything else wrong is an `unreadable-file` failure naming
 * the file. Reads only: their folder is never written.
 */
async function readValidated<T>(file: string, kind: JsonKind<T>): Promise<T | null> {
  return (await lookState(file, kind, null)).value
}
