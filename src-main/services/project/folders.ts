import type { Dirent } from 'node:fs'
import { mkdir, readdir, stat } from 'node:fs/promises'

import { GlossFailure } from '../../core/failure'
import { readErrorReason, unreadableFile, writeFailure } from '../storage/io-failure'

/** `<docId>.json` in an annotator's folder. */
export const ANNOTATION_FILE_NAME = /^[0-9a-f]{8,64}\.json$/

/** A folder's entries; none when it does not exist. */
export async function listFolder(folder: string): Promise<Dirent[]> {
  try {
    return await readdir(folder, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw unreadableFile(folder, readErrorReason(error))
  }
}

/** Checks `root` is a folder, making it when missing and `create` is set. */
export async function expectFolder(root: string, create: boolean): Promise<void> {
  const info = await stat(root).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw unreadableFile(root, readErrorReason(error))
  })
  if (info?.isDirectory()) return
  if (info !== null) {
    throw new GlossFailure({
      code: 'invalid-input',
      message: `${root} is a file, not a folder.`,
      file: root,
      hint: 'Choose a folder for the project.',
    })
  }
  if (!create) {
    throw new GlossFailure({
      code: 'not-found',
      message: `The folder ${root} does not exist.`,
      file: root,
      hint: 'Check the path, or create a new project there.',
    })
  }
  await makeFolder(root)
}

/** `mkdir -p`, with failures in words the analyst can act on. */
export async function makeFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true })
  } catch (error) {
    throw writeFailure(folder, error)
  }
}
