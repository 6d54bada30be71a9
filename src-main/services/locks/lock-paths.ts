import { join } from 'node:path'

/**
 * Gloss's own working files inside a project: hidden, listed in the project's `.gitignore`,
 * and in no folder a listing, a merge, an export or the folder watcher reads.
 */
export const GLOSS_WORK_FOLDER = '.gloss'

/** `<project>/.gloss/locks`. */
export const locksFolder = (root: string): string => join(root, GLOSS_WORK_FOLDER, 'locks')

/** The lock of one annotator's layer (`_gold` for the gold set); names cannot start with `_` or `.`. */
export const layerLockPath = (root: string, layer: string): string =>
  join(locksFolder(root), `${layer}.lock`)

/** The short-held lock around every read-modify-write of `gloss.json` and the document index. */
export const sharedFilesLockPath = (root: string): string =>
  join(locksFolder(root), '_shared-files.lock')
