import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

import { sweepStaleTemps } from '../storage/temp-sweep'
import type { ProjectPaths } from './project-paths'

/**
 * Removes what crashed writes left in the project's folders (see temp-sweep.ts): the root,
 * `documents/`, and each person's folder under `annotations/` and `comments/`. Nothing
 * deeper is walked: Gloss writes nowhere else, and a `.git` folder can hold millions of files.
 */
export async function sweepProjectTemps(paths: ProjectPaths): Promise<string[]> {
  const people = async (folder: string): Promise<string[]> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
    return entries.filter((entry) => entry.isDirectory()).map((entry) => join(folder, entry.name))
  }
  const folders = [
    paths.root,
    paths.documentsDir,
    paths.annotationsDir,
    ...(await people(paths.annotationsDir)),
    paths.commentsDir,
    ...(await people(paths.commentsDir)),
  ]
  return sweepStaleTemps(folders)
}
