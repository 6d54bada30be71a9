import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { decodeBytes } from '../../core/text/decode-bytes'
import { withSharedFilesLock } from '../locks/shared-files-lock'
import { writeFileAtomic } from '../storage/atomic-write'
import { readErrorReason, unreadableFile, writeFailure } from '../storage/io-failure'
import type { ProjectStore } from './project-store'

/** The project's longer annotation guideline, in Markdown, beside gloss.json. */
export const GUIDELINES_FILE = 'guidelines.md'

// A guideline is a few pages; a file far larger is not one, and would stall the window.
const MAX_BYTES = 1_000_000

/**
 * The text of `guidelines.md` (line ends made LF), or `null` when the project has none.
 * A file that is too large or not text is an `unreadable-file` failure naming it.
 */
export async function readGuidelines(store: ProjectStore): Promise<string | null> {
  const file = join(store.paths.root, GUIDELINES_FILE)
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw unreadableFile(file, readErrorReason(error))
  }
  if (bytes.length > MAX_BYTES) {
    throw unreadableFile(
      file,
      `it is larger than ${MAX_BYTES / 1_000_000} MB; keep guidelines short`,
    )
  }
  const decoded = decodeBytes(bytes)
  if (!decoded.ok) throw unreadableFile(file, `it ${decoded.reason}`)
  return decoded.text.replace(/\r\n?/gu, '\n')
}

/** Writes `guidelines.md` atomically, under the lock every shared project file is written with. */
export async function saveGuidelines(store: ProjectStore, markdown: string): Promise<void> {
  const file = join(store.paths.root, GUIDELINES_FILE)
  await withSharedFilesLock(store.paths.root, file, async () => {
    try {
      await writeFileAtomic(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`)
    } catch (error) {
      throw writeFailure(file, error)
    }
  })
}
