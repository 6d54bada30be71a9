import { dirname } from 'node:path'

import { GlossFailure } from '../../core/failure'
import type { MergeRefusal } from '../../core/project/merge-summary'
import { mapLimit } from '../annotations/map-limit'
import { makeFolder } from '../project/folders'
import type { ProjectStore } from '../project/project-store'
import type { JsonFiles } from '../storage/json-file'
import type { DocumentToAdd } from './plan-documents'
import type { FileToWrite, LayerDraft } from './plan-layers'

const PARALLEL_WRITES = 16

export interface Committed {
  /** The drafts with only the files that were written. */
  readonly drafts: readonly LayerDraft[]
  /** Files that were not written after all, with why. */
  readonly refused: readonly MergeRefusal[]
}

/** A file of ours that appeared between planning and writing; it is kept as it is. */
class AlreadyThere extends Error {}

/**
 * Writes a planned merge: the new documents' texts, then the index once (it only gains
 * entries), then each layer's new files, atomically and only where no file exists: one that
 * appeared since the plan (an edit in the app, a sync) is left alone and reported.
 */
export async function commitMerge(
  store: ProjectStore,
  documents: readonly DocumentToAdd[],
  drafts: readonly LayerDraft[],
  files: JsonFiles,
): Promise<Committed> {
  // Every layer it writes is taken first: one another program writes stops the merge at once.
  return store.asWriterOf(
    drafts.filter((draft) => draft.add.length > 0).map((draft) => draft.as),
    () => commitTaken(store, documents, drafts, files),
  )
}

async function commitTaken(
  store: ProjectStore,
  documents: readonly DocumentToAdd[],
  drafts: readonly LayerDraft[],
  files: JsonFiles,
): Promise<Committed> {
  const texts = documents.filter((document) => document.writeText)
  await mapLimit(texts, PARALLEL_WRITES, ({ entry, text }) => store.writeText(entry.id, text))
  if (documents.length > 0) await store.addDocuments(documents.map(({ entry }) => entry))

  const refused: MergeRefusal[] = []
  const write = async (file: FileToWrite): Promise<boolean> => {
    try {
      await makeFolder(dirname(file.path))
      await files.file(file.path, file.folder.kind).update((current) => {
        if (current !== null) throw new AlreadyThere()
        return file.data
      })
      return true
    } catch (error) {
      if (error instanceof AlreadyThere) {
        refused.push({
          item: file.where,
          reason: `${file.path} was created while merging; it is kept as it is`,
        })
        return false
      }
      if (error instanceof GlossFailure && error.code === 'unreadable-file') {
        refused.push({ item: file.where, reason: `${error.message} It is kept as it is` })
        return false
      }
      throw error
    }
  }

  const written: LayerDraft[] = []
  for (const draft of drafts) {
    const done = await mapLimit(draft.add, PARALLEL_WRITES, write)
    written.push({ ...draft, add: draft.add.filter((_, index) => done[index]) })
  }
  return { drafts: written, refused }
}
