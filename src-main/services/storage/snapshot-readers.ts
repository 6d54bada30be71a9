import {
  type BigIntStats,
  close,
  closeSync,
  fstat,
  fstatSync,
  open,
  openSync,
  read,
  readSync,
  stat,
  statSync,
} from 'node:fs'

import { readErrorReason, unreadableFile } from './io-failure'

/** What a reader found: no file, a file whose stats match what was known, or its text. */
export type Found =
  | { readonly kind: 'absent' }
  | { readonly kind: 'known'; readonly stats: BigIntStats }
  | { readonly kind: 'read'; readonly stats: BigIntStats; readonly text: string }

/**
 * Whether the file `stats` describes can be taken as unchanged without reading it;
 * `absentBefore`: there was no such file (then a stat by name is tried before opening it).
 */
export interface Unchanged {
  (stats: BigIntStats): boolean
  readonly absentBefore: boolean
}

const MORE = 64 * 1024

const failure = (path: string, error: NodeJS.ErrnoException): Found => {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return { kind: 'absent' }
  throw unreadableFile(path, readErrorReason(error))
}

/**
 * Opens, stats and (unless `unchanged`) reads the file with blocking calls: microseconds when
 * the system has it in memory. `null` when it is larger than `upTo` bytes (read those with
 * `findAsync`, so a large file never holds up everything else).
 */
export function findSync(path: string, unchanged: Unchanged, upTo: number): Found | null {
  if (unchanged.absentBefore) {
    try {
      const stats = statSync(path, { bigint: true, throwIfNoEntry: false })
      if (stats === undefined) return { kind: 'absent' }
      if (unchanged(stats)) return { kind: 'known', stats }
    } catch (error) {
      return failure(path, error as NodeJS.ErrnoException)
    }
  }
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    return failure(path, error as NodeJS.ErrnoException)
  }
  try {
    const stats = fstatSync(fd, { bigint: true })
    if (unchanged(stats)) return { kind: 'known', stats }
    if (Number(stats.size) > upTo) return null
    const chunks: Buffer[] = []
    let total = 0
    // One byte more than stated tells that the end was reached; a file growing meanwhile takes more reads.
    for (let room = Number(stats.size) + 1; ; room = MORE) {
      const buffer = Buffer.allocUnsafe(room)
      const bytes = readSync(fd, buffer, 0, room, total)
      chunks.push(buffer.subarray(0, bytes))
      total += bytes
      if (bytes < room) break
    }
    return { kind: 'read', stats, text: Buffer.concat(chunks, total).toString('utf8') }
  } catch (error) {
    return failure(path, error as NodeJS.ErrnoException)
  } finally {
    closeSync(fd)
  }
}

/**
 * The same through the thread pool, with Node's callback API: reading thousands of files
 * through `fs/promises` is several times slower (nodejs/node#37583), and `fs.readFile` would
 * stat the file again and read once more to see the end.
 */
export async function findAsync(path: string, unchanged: Unchanged): Promise<Found> {
  if (unchanged.absentBefore) {
    const stats = await new Promise<BigIntStats | NodeJS.ErrnoException>((resolve) =>
      stat(path, { bigint: true }, (error, found) => resolve(error ?? found)),
    )
    if (stats instanceof Error) return failure(path, stats)
    if (unchanged(stats)) return { kind: 'known', stats }
  }
  return new Promise((resolve, reject) => {
    const settle = (error: NodeJS.ErrnoException | null, found?: Found): void => {
      try {
        resolve(error ? failure(path, error) : (found as Found))
      } catch (thrown) {
        reject(thrown as Error)
      }
    }
    open(path, 'r', (openError, fd) => {
      if (openError) return settle(openError)
      const done = (error: NodeJS.ErrnoException | null, found?: Found): void =>
        close(fd, () => settle(error, found))
      fstat(fd, { bigint: true }, (statError, stats) => {
        if (statError) return done(statError)
        if (unchanged(stats)) return done(null, { kind: 'known', stats })
        const chunks: Buffer[] = []
        let total = 0
        const next = (room: number): void => {
          const buffer = Buffer.allocUnsafe(room)
          read(fd, buffer, 0, room, total, (readError, bytes) => {
            if (readError) return done(readError)
            chunks.push(buffer.subarray(0, bytes))
            total += bytes
            if (bytes === room) return next(MORE)
            done(null, { kind: 'read', stats, text: Buffer.concat(chunks, total).toString('utf8') })
          })
        }
        next(Number(stats.size) + 1)
      })
    })
  })
}
