import { lstat, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'

import { isProcessAlive } from '../locks/stale-lock'

// What `tempNameFor` (atomic-write.ts) names a write in progress: `.<name>.<pid>-<hex>.tmp`.
const TEMP_NAME = /^\.(.+)\.(\d+)-[0-9a-f]{8}\.tmp$/u

/**
 * A temp file older than this is a leftover even when a process with its pid is alive: pids
 * are reused, and no write of Gloss takes minutes (an export of 100,000 spans takes seconds).
 */
export const STALE_TEMP_MS = 15 * 60_000

/** The target and the writer's pid of a temp file name, or null for any other name. */
export function parseTempName(
  name: string,
): { readonly target: string; readonly pid: number } | null {
  const match = TEMP_NAME.exec(name)
  return match === null ? null : { target: match[1] as string, pid: Number(match[2]) }
}

export interface SweepOptions {
  /** Only temp files (or folders) of writes to this name. */
  readonly target?: string
  readonly now?: number
}

/**
 * Removes, from each folder (not below), the temp files and folders that writes cut short by
 * a crash left behind: those whose writer is no longer alive, or older than STALE_TEMP_MS.
 * A live writer's temp file is never touched: its rename is still to come. Returns what was
 * removed. Folders that cannot be read and entries that cannot be removed are passed over:
 * a leftover must never stop a project from opening.
 */
export async function sweepStaleTemps(
  folders: readonly string[],
  options: SweepOptions = {},
): Promise<string[]> {
  const now = options.now ?? Date.now()
  const removed: string[] = []
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[])
    for (const name of names) {
      const temp = parseTempName(name)
      if (temp === null || (options.target !== undefined && temp.target !== options.target)) {
        continue
      }
      const path = join(folder, name)
      try {
        const stats = await lstat(path)
        const old = now - stats.mtimeMs > STALE_TEMP_MS
        if (!old && isProcessAlive(temp.pid)) continue
        await rm(path, { recursive: true, force: true })
        removed.push(path)
      } catch {
        // Gone already (another sweep), or not ours to remove (a read-only drive).
      }
    }
  }
  return removed
}
