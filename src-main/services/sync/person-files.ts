import { PERSON_FOLDERS, type PersonFolder } from '../merge/person-folders'

/**
 * One person's file about one document, with the edit log beside it (edit-log.ts): git
 * sees two files, a sync treats them as one thing, since only both together are the data.
 */
export interface PersonFile {
  readonly folder: PersonFolder<unknown>
  readonly person: string
  readonly docId: string
  /** `annotations/bob/0123abcd4567ef89`: the file's path without `.json`. */
  readonly key: string
}

const PERSON_PATH = /^([^/]+)\/([^/]+)\/([0-9a-f]{8,64})(?:\.json|\.edits\.jsonl)$/u

/** The person's file a project path belongs to, or `null` for any other path. */
export function personFileOf(path: string): PersonFile | null {
  const match = PERSON_PATH.exec(path)
  if (match === null) return null
  const [, folderName, person, docId] = match as unknown as [string, string, string, string]
  const folder = PERSON_FOLDERS.find((entry) => entry.folder === folderName)
  if (folder === undefined) return null
  return { folder, person, docId, key: `${folderName}/${person}/${docId}` }
}

export const jsonPathOf = (file: PersonFile): string => `${file.key}.json`
export const logPathOf = (file: PersonFile): string => `${file.key}.edits.jsonl`

/** The person files among `paths`, one per key. */
export function personFilesIn(paths: Iterable<string>): Map<string, PersonFile> {
  const files = new Map<string, PersonFile>()
  for (const path of paths) {
    const file = personFileOf(path)
    if (file !== null) files.set(file.key, file)
  }
  return files
}
