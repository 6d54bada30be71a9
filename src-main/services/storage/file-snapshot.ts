import type { BigIntStats } from 'node:fs'
import { setImmediate } from 'node:timers/promises'

import { findAsync, findSync, type Found } from './snapshot-readers'

/**
 * What one file held when it was last looked at. `stamp` is the file's identity (device,
 * inode, size, modification time in nanoseconds): a save by rename is a new inode, an
 * append a new size, an edit in place a new time. A stamp proves nothing changed only once
 * the file is older than its file system's clock tick when it is stamped (git's "racily
 * clean" problem): a second edit within the same tick keeps the time, so until then the
 * text is kept and compared instead.
 */
export interface FileSnapshot {
  /** `null`: there is no such file. */
  readonly stamp: string | null
  /** The text, kept while the stamp alone cannot vouch for it. */
  readonly text: string | null
  /** Whether the stamp alone tells a later change. */
  readonly settled: boolean
}

export const ABSENT: FileSnapshot = { stamp: null, text: null, settled: true }

/** The snapshot now, and its text when it was read (unchanged files are not read). */
export interface Looked {
  readonly snapshot: FileSnapshot
  /** Whether the content may differ from `previous`'s; `text` is then the new content. */
  readonly changed: boolean
  readonly text: string | null
}

// Linux, Windows and macOS (APFS) keep nanosecond times updated every few milliseconds;
// FAT, HFS+ and some network file systems keep whole (or even) seconds.
const FINE_TICK_NS = 50_000_000n
const COARSE_TICK_NS = 2_000_000_000n

/** The identity of the file `stats` describes, as a comparable string. */
export const stampOf = (stats: BigIntStats): string =>
  `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}`

/** Whether a file stamped `stats` at the time `nowNs` can change without its stamp changing. */
export function isRacy(stats: BigIntStats, nowNs: bigint): boolean {
  const tick = stats.mtimeNs % 1_000_000_000n === 0n ? COARSE_TICK_NS : FINE_TICK_NS
  return nowNs - stats.mtimeNs < tick
}

const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n

/** The snapshot of a file just written with `text`, from the stats of the written file. */
export function writtenSnapshot(stats: BigIntStats, text: string): FileSnapshot {
  const settled = !isRacy(stats, nowNs())
  return { stamp: stampOf(stats), text: settled ? null : text, settled }
}

// Reading a small file takes microseconds when the system has it in memory: far less than a
// trip through the thread pool, and the document list reads thousands (every comment file).
// So small files are read with blocking calls while the disk answers that fast; a few slow
// reads in a row (a network drive, a disk waking up; one could be a pause to collect
// garbage) send reads to the thread pool for a while, where many wait at once. Blocking reads
// let the event loop run every few milliseconds.
const BLOCKING_UP_TO = 1024 * 1024
// Slow: longer than this plus the time a disk needs to read the file at 100 MB/s.
const SLOW_MS = 4
const MS_PER_BYTE = 1 / 100_000
const SLOW_IN_A_ROW = 3
const POOLED_FOR_MS = 60_000
const SLICE_MS = 8
let pooledUntil = 0
let slowInARow = 0
let sliceStarted = performance.now()

/** How `lookAgain` reads: as it judges best, or always one way (for tests). */
export type ReadMode = 'auto' | 'blocking' | 'pooled'

/**
 * Looks at `path` again. An unchanged settled file costs an open and a stat; anything else
 * is read (and compared with the kept text, when there is one). A file that cannot be read
 * is an `unreadable-file` failure.
 */
export async function lookAgain(
  path: string,
  previous: FileSnapshot | undefined,
  mode: ReadMode = 'auto',
): Promise<Looked> {
  const unchanged = Object.assign(
    (stats: BigIntStats): boolean => previous?.stamp === stampOf(stats) && previous.settled,
    // A file that was absent is looked for with a stat (no exception when it still is not
    // there); one that exists is opened before its stamp is trusted: opening is what makes a
    // network file system (NFS, SMB) check with the server, where a bare stat may answer from
    // attributes it cached a while ago.
    { absentBefore: previous?.stamp === null },
  )
  if (mode === 'blocking' || (mode === 'auto' && Date.now() >= pooledUntil)) {
    const started = performance.now()
    const found = findSync(path, unchanged, mode === 'blocking' ? Infinity : BLOCKING_UP_TO)
    const now = performance.now()
    const bytes = found !== null && found.kind === 'read' ? found.text.length : 0
    slowInARow = now - started > SLOW_MS + bytes * MS_PER_BYTE ? slowInARow + 1 : 0
    if (slowInARow >= SLOW_IN_A_ROW) {
      pooledUntil = Date.now() + POOLED_FOR_MS
      slowInARow = 0
    }
    if (now - sliceStarted > SLICE_MS) {
      await setImmediate()
      sliceStarted = performance.now()
    }
    if (found !== null) return looked(found, previous)
  }
  return looked(await findAsync(path, unchanged), previous)
}

function looked(found: Found, previous: FileSnapshot | undefined): Looked {
  if (found.kind === 'absent') {
    return { snapshot: ABSENT, changed: previous?.stamp !== null, text: null }
  }
  if (found.kind === 'known') {
    return { snapshot: previous as FileSnapshot, changed: false, text: null }
  }
  const stamp = stampOf(found.stats)
  const settled = !isRacy(found.stats, nowNs())
  const same = previous?.stamp === stamp && previous.text === found.text
  const snapshot = { stamp, text: settled ? null : found.text, settled }
  return { snapshot, changed: !same, text: found.text }
}
