import { mkdir } from 'node:fs/promises'
import { basename, dirname } from 'node:path'

import { writeFileAtomic } from '../storage/atomic-write'
import { writeFailure } from '../storage/io-failure'
import { sweepStaleTemps } from '../storage/temp-sweep'

/**
 * Writes one exported file atomically (a crash leaves the old file or none, never a
 * truncated dataset), making its folder. Temp files an earlier export of the same name left
 * when it crashed are removed first; nothing else in the (user's) folder is looked at.
 */
export async function writeExportFile(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true })
    await sweepStaleTemps([dirname(path)], { target: basename(path) })
    await writeFileAtomic(path, content)
  } catch (error) {
    throw writeFailure(path, error)
  }
}
