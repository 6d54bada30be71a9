import type { BigIntStats } from 'node:fs'
import { open, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname } from 'node:path'

import type { z } from 'zod'

import { syncFolder } from './atomic-write'
import { unreadableFile } from './io-failure'
import { CONFLICT_MARKER } from './json-kind'

/**
 * How edits to one kind of JSON file are logged beside it instead of rewriting it whole
 * (DESIGN.md §7: saving one span costs what the span costs). The log `<name>.edits.jsonl`
 * is a header line, `{"version":1,"editsOf":"<name>.json"}`, then one edit per line, each
 * appended and fsync'ed before the save is acknowledged. What the file holds is the JSON
 * file with every logged edit replayed onto it; folding writes that whole (atomically, as
 * any save) and then removes the log.
 *
 * Replaying must give the same result whether or not the file already holds the edits
 * (last writer wins per item), because a crash after a fold has written the file but before
 * it has removed the log leaves both, and so may a sync that brings one before the other.
 */
export interface EditLogKind<T, E> {
  /** The version of the log format this app writes. */
  readonly version: number
  readonly schema: z.ZodType<E>
  /** `current` with `edit` applied; see above for what replaying must guarantee. */
  replay(current: T, edit: E): T
}

/** Where the log of the JSON file at `path` lives. */
export const editLogPath = (path: string): string => path.replace(/\.json$/u, '') + '.edits.jsonl'

/** What a log holds that counts. */
export interface ParsedLog<E> {
  readonly edits: readonly E[]
  /** UTF-8 bytes up to the end of the last complete line; past it, a save a crash cut short. */
  readonly validBytes: number
  /** Whether the log ends in such a cut-short line. */
  readonly torn: boolean
}

const headerOf = (version: number, path: string): string =>
  `${JSON.stringify({ version, editsOf: basename(path) })}\n`

/**
 * Reads a log's text. A last line without its line break is a save a crash cut short
 * (never acknowledged) and is left out; any other line that is not a valid edit, a header
 * from a newer Gloss or for another file, is an `unreadable-file` failure: Gloss then never
 * writes the log or its file.
 */
export function parseEditLog<E>(
  kind: EditLogKind<unknown, E>,
  text: string,
  path: string,
  logPath: string,
): ParsedLog<E> {
  if (CONFLICT_MARKER.test(text)) {
    throw unreadableFile(logPath, 'it has unresolved merge conflict markers (<<<<<<<)')
  }
  const lines = text.split('\n')
  const tail = lines.pop() ?? ''
  const validBytes = Buffer.byteLength(text) - Buffer.byteLength(tail)
  const [header, ...rest] = lines
  if (header === undefined) return { edits: [], validBytes, torn: tail !== '' }
  checkHeader(kind, parseLine(header, logPath, 1), path, logPath)
  const edits = rest.map((line, index) => {
    const parsed = kind.schema.safeParse(parseLine(line, logPath, index + 2))
    if (!parsed.success) {
      throw unreadableFile(logPath, `line ${index + 2} is not an edit Gloss knows`)
    }
    return parsed.data
  })
  return { edits, validBytes, torn: tail !== '' }
}

function parseLine(line: string, logPath: string, number: number): unknown {
  try {
    return JSON.parse(line)
  } catch {
    throw unreadableFile(logPath, `line ${number} is not valid JSON`)
  }
}

function checkHeader(
  kind: EditLogKind<unknown, unknown>,
  header: unknown,
  path: string,
  logPath: string,
): void {
  const { version, editsOf } = (header ?? {}) as { version?: unknown; editsOf?: unknown }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw unreadableFile(logPath, 'its first line is not the header of a Gloss edit log')
  }
  if (version > kind.version) {
    throw unreadableFile(
      logPath,
      `it was written by a newer Gloss (edit log version ${version}; this Gloss reads up to ${kind.version}). Update Gloss to open it`,
    )
  }
  if (editsOf !== basename(path)) {
    throw unreadableFile(logPath, `it holds the edits of ${String(editsOf)}, not ${basename(path)}`)
  }
}

/**
 * Adds `line` (one edit and its line break) to the end of the log, durably: the log is made
 * with its header when missing (and the folder synced, so the new name survives a power
 * cut), a line a crash cut short is cut off first, and the data is fsync'ed before this
 * resolves. Returns the log's stats after the write.
 */
export async function appendToEditLog(
  path: string,
  logPath: string,
  version: number,
  line: string,
  log: { readonly exists: boolean; readonly validBytes: number; readonly torn: boolean },
): Promise<BigIntStats> {
  if (!log.exists) {
    const handle = await open(logPath, 'wx')
    try {
      await handle.writeFile(headerOf(version, path) + line, 'utf8')
      await handle.datasync()
      const stats = await handle.stat({ bigint: true })
      await syncFolder(dirname(logPath))
      return stats
    } catch (error) {
      // A log that was never acknowledged is not left half written (a full disk, say).
      await rm(logPath, { force: true })
      throw error
    } finally {
      await handle.close()
    }
  }
  const handle = await open(logPath, 'r+')
  try {
    // What a crash cut short goes first, durably, so no line ever follows a broken one.
    if (log.torn) {
      await handle.truncate(log.validBytes)
      await handle.datasync()
    }
    // A crash may have cut the header itself short: then the log starts again.
    const bytes = Buffer.from(log.validBytes === 0 ? headerOf(version, path) + line : line, 'utf8')
    try {
      await writeAll(handle, bytes, log.validBytes)
      await handle.datasync()
    } catch (error) {
      // The part of the line that fit goes again, so the log on disk is what it was.
      await handle.truncate(log.validBytes).catch(() => undefined)
      throw error
    }
    return await handle.stat({ bigint: true })
  } finally {
    await handle.close()
  }
}

/**
 * Writes all of `bytes` at `position`. A write may write less than it was given (a disk that
 * fills up midway writes what fits and says how much): the rest is written again, and then
 * the disk's refusal (ENOSPC) is thrown rather than a short line acknowledged.
 */
async function writeAll(handle: FileHandle, bytes: Uint8Array, position: number): Promise<void> {
  for (let done = 0; done < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done)
    if (bytesWritten === 0) {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    }
    done += bytesWritten
  }
}

/** Removes a folded log durably. */
export async function removeEditLog(logPath: string): Promise<void> {
  await rm(logPath, { force: true })
  await syncFolder(dirname(logPath))
}

/** The valid text of a log after `appendToEditLog` added `line` to `validText`. */
export const appendedLogText = (
  path: string,
  version: number,
  validText: string,
  line: string,
): string => (validText === '' ? headerOf(version, path) : validText) + line
