import { randomBytes } from 'node:crypto'
import type { BigIntStats } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

// What Gloss promises (DESIGN.md §3): every file is replaced whole or not at all. The new
// content goes to a temp file beside the target, is fsync'ed, renamed over the target, and
// the folder is fsync'ed. A crashed process leaves the old file or the new one; after a
// power cut the last acknowledged save is on disk too, as far as the drive honours fsync.
// Costs one fsync per save of one small file, which an analyst's edit rate never notices.
// steno (lowdb's writer) does not fsync and shares one fixed temp name per path, hence this.

const RENAME_RETRIES = 9
// Windows antivirus, indexers and sync clients hold files open briefly; rename then fails.
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EACCES', 'EBUSY'])

/** The temp file name for a write to `file`: hidden, unique, ending in `.tmp`. */
export const tempNameFor = (file: string): string =>
  join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)

/**
 * Replaces `file` with `data` atomically and durably. On any failure the temp file is
 * removed and the previous `file` is untouched; the Node error is rethrown. Returns the
 * written file's stats (a rename keeps them), so a cache can know its own save. With
 * `syncFolder: false` the caller syncs the folder itself (once for many files) before
 * anything may rely on the new names.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: { readonly syncFolder?: boolean } = {},
): Promise<BigIntStats> {
  const temp = tempNameFor(file)
  const handle = await open(temp, 'wx')
  let stats: BigIntStats
  try {
    await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined)
    await handle.sync()
    stats = await handle.stat({ bigint: true })
  } catch (error) {
    await handle.close()
    await rm(temp, { force: true })
    throw error
  }
  await handle.close()
  await renameWithRetry(temp, file)
  if (options.syncFolder !== false) await syncFolder(dirname(file))
  return stats
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (!TRANSIENT_RENAME_CODES.has(code) || attempt >= RENAME_RETRIES) {
        await rm(from, { force: true })
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** Math.min(attempt, 4)))
    }
  }
}

/** Makes the folder's entries (a rename, a new or removed file) durable. */
export async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // The new file is already in place; some network file systems refuse folder fsync.
  }
}
