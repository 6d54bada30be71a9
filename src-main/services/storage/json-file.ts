import { resolve } from 'node:path'

import { createCacheBudget } from './cache-budget'
import type { Edited, EditLogPolicy } from './atomic-json-adapter'
import { QueuedJsonFile } from './json-file-handle'
import type { JsonKind } from './json-kind'

export type { Edited, EditLogPolicy } from './atomic-json-adapter'

/** The one handle on one JSON file of a project or of the app's settings. */
export interface JsonFile<T> {
  readonly path: string
  /**
   * The file's content as it is on disk now (with any logged edits replayed), or `null`
   * when it does not exist. Kept in memory while the file's stamp shows it unchanged.
   */
  read(): Promise<T | null>
  /**
   * Reads the file, passes its content (`null` when absent) to `change`, and saves what
   * `change` returns atomically. Updates of one path run one after another. A file that
   * cannot be read is never written: the `unreadable-file` failure is thrown instead.
   */
  update(change: (current: T | null) => T): Promise<T>
}

/** A JSON file whose kind logs edits beside it (see edit-log.ts). */
export interface EditableJsonFile<T, E> extends JsonFile<T> {
  /**
   * Like `update`, but `make` also says what changed: for a large file that edit is appended
   * to the log (fsync'ed) instead of rewriting the file. Folds later, after the reply.
   */
  edit(make: (current: T | null) => Edited<T, E>): Promise<T>
  /** Writes logged edits into the file now and removes the log. */
  fold(): Promise<void>
}

/** Hands out exactly one writer per path (two writers on one file race). */
export interface JsonFiles {
  file<T>(path: string, kind: JsonKind<T>): JsonFile<T>
  editable<T, E>(path: string, kind: JsonKind<T, E>): EditableJsonFile<T, E>
  /** Folds every log this registry knows to hold edits (before the process exits, say). */
  foldAll(): Promise<void>
}

export interface JsonFilesOptions {
  readonly editLog?: Partial<EditLogPolicy>
  /** File text kept in memory across all handles, in UTF-16 units. */
  readonly cacheUnits?: number
}

const DEFAULT_POLICY: EditLogPolicy = {
  fromBytes: 64 * 1024,
  maxEditBytes: 64 * 1024,
  foldEdits: 256,
  foldBytes: 1024 * 1024,
  idleMs: 5_000,
}

/** A registry of JSON file handles; services share `jsonFiles`, tests make their own. */
export function createJsonFiles(options: JsonFilesOptions = {}): JsonFiles {
  const handles = new Map<string, QueuedJsonFile<unknown, unknown>>()
  const budget = createCacheBudget(options.cacheUnits ?? 64 * 1024 * 1024)
  const policy = { ...DEFAULT_POLICY, ...options.editLog }
  const handle = <T, E>(path: string, kind: JsonKind<T, E>): QueuedJsonFile<T, E> => {
    const key = resolve(path)
    const existing = handles.get(key)
    if (existing !== undefined) {
      if (existing.kind !== kind) throw new Error(`${key} is already open as another kind`)
      return existing as unknown as QueuedJsonFile<T, E>
    }
    const created = new QueuedJsonFile(key, kind, budget, policy)
    handles.set(key, created as unknown as QueuedJsonFile<unknown, unknown>)
    return created
  }
  return {
    file: (path, kind) => handle(path, kind),
    editable(path, kind) {
      if (kind.edits === undefined) throw new Error(`a ${kind.what} logs no edits`)
      return handle(path, kind)
    },
    async foldAll() {
      const pending = [...handles.values()].filter((file) => file.pending)
      await Promise.all(pending.map((file) => file.fold()))
    },
  }
}

/** The process-wide registry: every service in one process shares the one writer per path. */
export const jsonFiles: JsonFiles = createJsonFiles()
