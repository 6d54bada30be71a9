import type { Low } from 'lowdb'

import type { AtomicJsonAdapter } from './atomic-json-adapter'
import { appendToEditLog, editLogPath, removeEditLog } from './edit-log'
import {
  afterAppend,
  afterBaseWrite,
  afterLogRemoved,
  appendedPrint,
  hasLog,
  type FileState,
} from './file-state'
import { freezeDeep } from './freeze-deep'
import { writeFailure } from './io-failure'
import { stringifyJson } from './json-kind'
import { activeWriteJournal, contentFingerprint } from './write-journal'

// The three ways a JSON file and its edit log change. Each notes the write in the session's
// journal first (so its watch never mistakes it for a colleague's), undoes the note when
// the write fails, and returns the state after it.

/** Writes `next` as the whole file, atomically (through lowdb and `writeFileAtomic`). */
export async function writeWhole<T>(
  path: string,
  low: Low<T | null>,
  adapter: AtomicJsonAdapter<T>,
  state: FileState<T>,
  next: T,
): Promise<FileState<T>> {
  const frozen = freezeDeep(next)
  const text = stringifyJson(frozen)
  const forget = activeWriteJournal()?.noteWrite(path, state.basePrint, contentFingerprint(text))
  try {
    adapter.prepared = { data: frozen, text }
    low.data = frozen
    await low.write()
  } catch (error) {
    forget?.()
    throw writeFailure(path, error)
  }
  const written = adapter.written
  if (written === null) throw new Error(`${path} was not written`)
  return afterBaseWrite(state, written.stats, written.text, frozen)
}

/** Removes the edit log (its edits are in the file by now). */
export async function removeLog<T>(path: string, state: FileState<T>): Promise<FileState<T>> {
  const logPath = editLogPath(path)
  const forget = activeWriteJournal()?.noteWrite(logPath, state.logPrint, contentFingerprint(null))
  try {
    await removeEditLog(logPath)
  } catch (error) {
    forget?.()
    throw writeFailure(logPath, error)
  }
  return afterLogRemoved(state)
}

/** Appends one edit (`line`, its JSON and a line break) to the log; the file then holds `next`. */
export async function appendEdit<T>(
  path: string,
  version: number,
  state: FileState<T>,
  edit: { readonly line: string; readonly value: unknown; readonly next: T },
): Promise<FileState<T>> {
  const logPath = editLogPath(path)
  const appended = appendedPrint(state, path, version, edit.line)
  const forget = activeWriteJournal()?.noteWrite(logPath, state.logPrint, appended.print)
  try {
    const stats = await appendToEditLog(path, logPath, version, edit.line, {
      exists: hasLog(state),
      validBytes: state.parsedLog?.validBytes ?? 0,
      torn: state.parsedLog?.torn ?? false,
    })
    return afterAppend(state, appended, stats, edit.value, edit.next)
  } catch (error) {
    forget?.()
    throw writeFailure(logPath, error)
  }
}
