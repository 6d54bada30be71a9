import { type BigIntStats, close, fstat, open, read } from 'node:fs'

import { readErrorReason, unreadableFile } from './io-failure'

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

/**
 * Looks at `path` again. An unchanged settled file costs an open and a stat; anything else
 * is read (and compared with the kept text, when there is one). Uses Node's callback API:
 * reading thousands of small files through `fs/promises` is several times slower
 * (nodejs/node#37583). A file that cannot be read is an `unreadable-file` failure.
 */
export function lookAgain(path: string, previous: FileSnapshot | undefined): Promise<Looked> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException): void => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
        resolve({ snapshot: ABSENT, changed: previous?.stamp !== null, text: null })
      } else reject(unreadableFile(path, readErrorReason(error)))
    }
    open(path, 'r', (openError, fd) => {
      if (openError) return fail(openError)
      const done = (error: NodeJS.ErrnoException | null, looked?: Looked): void =>
        close(fd, () => (error ? fail(error) : resolve(looked as Looked)))
      fstat(fd, { bigint: true }, (statError, stats) => {
        if (statError) return done(statError)
        const stamp = stampOf(stats)
        const settled = !isRacy(stats, nowNs())
        if (previous?.stamp === stamp && previous.settled) {
          return done(null, { snapshot: previous, changed: false, text: null })
        }
        readAll(fd, Number(stats.size), (readError, text) => {
          if (readError) return done(readError)
          const same = previous?.stamp === stamp && previous.text === text
          const snapshot = { stamp, text: settled ? null : text, settled }
          done(null, { snapshot, changed: !same, text })
        })
      })
    })
  })
}

/**
 * The rest of the open file `fd` as UTF-8, in one read when it is `size` bytes as stated
 * (a buffer one byte larger tells that the end was reached); longer files, one that grew
 * meanwhile, take more reads. `fs.readFile` would stat the file again and read once more to
 * see the end: two more trips to the thread pool per file.
 */
function readAll(
  fd: number,
  size: number,
  callback: (error: NodeJS.ErrnoException | null, text: string) => void,
): void {
  const chunks: Buffer[] = []
  let total = 0
  const next = (room: number): void => {
    const buffer = Buffer.allocUnsafe(room)
    read(fd, buffer, 0, room, total, (error, bytes) => {
      if (error) return callback(error, '')
      chunks.push(buffer.subarray(0, bytes))
      total += bytes
      if (bytes < room) return callback(null, Buffer.concat(chunks, total).toString('utf8'))
      next(Math.max(room, 64 * 1024))
    })
  }
  next(size + 1)
}
