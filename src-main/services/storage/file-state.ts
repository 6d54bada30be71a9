import { createHash, type Hash } from 'node:crypto'
import type { BigIntStats } from 'node:fs'

import { appendedLogText, editLogPath, parseEditLog, type ParsedLog } from './edit-log'
import { ABSENT, lookAgain, writtenSnapshot, type FileSnapshot } from './file-snapshot'
import { freezeDeep } from './freeze-deep'
import { parseVersioned, type JsonKind } from './json-kind'
import { contentFingerprint } from './write-journal'

/** A JSON file and its edit log as last seen, and what they hold together. */
export interface FileState<T> {
  readonly base: FileSnapshot
  /** The JSON file's own content; `null` when there is none. */
  readonly baseValue: T | null
  readonly basePrint: string
  readonly baseBytes: number
  readonly log: FileSnapshot
  /** The log up to its last complete line ('' when there is none). */
  readonly logText: string
  /** The running hash of `logText`, to fingerprint it after an append in O(line). */
  readonly logHash: Hash | null
  readonly logPrint: string
  readonly parsedLog: ParsedLog<unknown> | null
  /** The file with every logged edit replayed; a log without its file is ignored. */
  readonly value: T | null
}

const ABSENT_PRINT = contentFingerprint(null)

/** Nothing on disk. */
export const EMPTY_STATE: FileState<never> = {
  base: ABSENT,
  baseValue: null,
  basePrint: ABSENT_PRINT,
  baseBytes: 0,
  log: ABSENT,
  logText: '',
  logHash: null,
  logPrint: ABSENT_PRINT,
  parsedLog: null,
  value: null,
}

/** Whether the state has a log file on disk (with edits or not). */
export const hasLog = (state: FileState<unknown>): boolean => state.log.stamp !== null

/** The bytes the state keeps in memory, roughly, for the cache budget. */
export const stateBytes = (state: FileState<unknown>): number =>
  state.baseBytes + state.logText.length

/**
 * Looks at the file (and its log, for a kind that has one) again and returns what they hold
 * now, reusing `previous` for whatever did not change. The log is looked at before the file:
 * a fold writes the file before it removes the log, so a log seen is never newer than the
 * file seen after it. A file or log that cannot be read or parsed throws `unreadable-file`.
 */
export async function lookState<T>(
  path: string,
  kind: JsonKind<T>,
  previous: FileState<T> | null,
): Promise<FileState<T>> {
  const logPath = editLogPath(path)
  // Most files have no log: looked for as one that was absent, it costs one stat.
  const log = kind.edits ? await lookAgain(logPath, previous?.log ?? ABSENT) : null
  const base = await lookAgain(path, previous?.base)
  if (previous !== null && !base.changed && log?.changed !== true) {
    return { ...previous, base: base.snapshot, log: log?.snapshot ?? ABSENT }
  }
  const baseValue =
    base.changed || previous === null
      ? base.text === null
        ? null
        : freezeDeep(parseVersioned(kind, base.text, path))
      : previous.baseValue
  const state: FileState<T> = {
    ...(previous ?? EMPTY_STATE),
    base: base.snapshot,
    baseValue,
    basePrint:
      base.changed || previous === null ? contentFingerprint(base.text) : previous.basePrint,
    baseBytes: base.changed || previous === null ? (base.text?.length ?? 0) : previous.baseBytes,
  }
  if (log === null) return { ...state, value: baseValue }
  const withLog =
    log.changed || previous === null ? readLog(state, path, kind, log.snapshot, log.text) : state
  return { ...withLog, log: log.snapshot, value: replayed(kind, baseValue, withLog.parsedLog) }
}

function readLog<T>(
  state: FileState<T>,
  path: string,
  kind: JsonKind<T>,
  snapshot: FileSnapshot,
  text: string | null,
): FileState<T> {
  if (text === null || kind.edits === undefined) {
    return {
      ...state,
      log: snapshot,
      logText: '',
      logHash: null,
      logPrint: ABSENT_PRINT,
      parsedLog: null,
    }
  }
  const parsedLog = parseEditLog(kind.edits, text, path, editLogPath(path))
  const logText = Buffer.from(text).subarray(0, parsedLog.validBytes).toString('utf8')
  return {
    ...state,
    log: snapshot,
    logText,
    logHash: createHash('sha1').update(logText),
    logPrint: contentFingerprint(text),
    parsedLog,
  }
}

function replayed<T>(kind: JsonKind<T>, base: T | null, log: ParsedLog<unknown> | null): T | null {
  if (base === null || log === null || log.edits.length === 0 || kind.edits === undefined) {
    return base
  }
  const edits = kind.edits
  return freezeDeep(log.edits.reduce<T>((current, edit) => edits.replay(current, edit), base))
}

/** The state after the JSON file was written whole with `text` (holding `value`). */
export function afterBaseWrite<T>(
  state: FileState<T>,
  stats: BigIntStats,
  text: string,
  value: T,
): FileState<T> {
  return {
    ...state,
    base: writtenSnapshot(stats, text),
    baseValue: value,
    basePrint: contentFingerprint(text),
    baseBytes: text.length,
    // Any log still there holds nothing the new content lacks (see EditLogKind).
    value,
  }
}

/** The state after the log was removed. */
export const afterLogRemoved = <T>(state: FileState<T>): FileState<T> => ({
  ...state,
  log: ABSENT,
  logText: '',
  logHash: null,
  logPrint: ABSENT_PRINT,
  parsedLog: null,
})

/** The log's fingerprint once `line` is appended (see `appendToEditLog`). */
export function appendedPrint(
  state: FileState<unknown>,
  path: string,
  version: number,
  line: string,
) {
  const text = appendedLogText(path, version, state.logText, line)
  const hash =
    state.logHash !== null && state.logText !== ''
      ? state.logHash.copy().update(line)
      : createHash('sha1').update(text)
  return { text, hash, print: hash.copy().digest('base64') }
}

/** The state after `line` was appended to the log, which now holds `value`. */
export function afterAppend<T>(
  state: FileState<T>,
  appended: { readonly text: string; readonly hash: Hash; readonly print: string },
  stats: BigIntStats,
  edit: unknown,
  value: T,
): FileState<T> {
  const edits = [...(state.parsedLog?.edits ?? []), edit]
  return {
    ...state,
    log: writtenSnapshot(stats, appended.text),
    logText: appended.text,
    logHash: appended.hash,
    logPrint: appended.print,
    parsedLog: { edits, validBytes: Number(stats.size), torn: false },
    value: freezeDeep(value),
  }
}
