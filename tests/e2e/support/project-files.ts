import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { DocumentIndexFile, ProjectFile } from '../../../src-main/core/project/project'
import type { AnnotationFile } from '../../../src-main/core/spans/span'
import { ANNOTATION_FILE } from '../../../src-main/services/project/file-kinds'
import { lookState } from '../../../src-main/services/storage/file-state'

const readJson = async <T>(file: string): Promise<T | null> => {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/**
 * `annotations/<annotator>/<docId>.json` as saved on disk, with any edits logged beside it
 * (`<docId>.edits.jsonl`, for large files) replayed, as every reader sees it; `null` before
 * the first save.
 */
export const readAnnotationFile = async (
  dir: string,
  annotator: string,
  docId: string,
): Promise<AnnotationFile | null> =>
  (await lookState(join(dir, 'annotations', annotator, `${docId}.json`), ANNOTATION_FILE, null))
    .value

/** `documents/index.json`, or `null` when the project has none yet. */
export const readIndex = (dir: string): Promise<DocumentIndexFile | null> =>
  readJson<DocumentIndexFile>(join(dir, 'documents', 'index.json'))

/** `gloss.json`, or `null` when the folder is not a project (yet). */
export const readProjectFile = (dir: string): Promise<ProjectFile | null> =>
  readJson<ProjectFile>(join(dir, 'gloss.json'))

/** `documents/<docId>.txt`: the normalised text the offsets point into. */
export const readDocumentText = (dir: string, docId: string): Promise<string> =>
  readFile(join(dir, 'documents', `${docId}.txt`), 'utf8')
