import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'

import type { Adapter } from 'lowdb'
import { Low } from 'lowdb'

import { writeFileAtomic } from './atomic-write'
import { readErrorReason, unreadableFile, writeFailure } from './io-failure'
import { parseVersioned, stringifyJson, type JsonKind } from './json-kind'
import { activeWriteJournal } from './write-journal'

// lowdb's own DataFile writes through steno (no fsync, one fixed temp name per path), and its
// JSONFilePreset silently keeps everything in memory under NODE_ENV=test. This adapter gives
// lowdb validated reads and the atomic, fsync'ed writes of `writeFileAtomic`.
class ValidatedJsonAdapter<T> implements Adapter<T | null> {
  constructor(
    private readonly file: string,
    private readonly kind: JsonKind<T>,
  ) {}

  // What the running update read, for the write journal; updates of one path never overlap.
  #before: string | null = null

  /** The file's raw text, `null` when it does not exist. */
  async readText(): Promise<string | null> {
    try {
      return await readFile(this.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw unreadableFile(this.file, readErrorReason(error))
    }
  }

  parse(text: string | null): T | null {
    return text === null ? null : parseVersioned(this.kind, text, this.file)
  }

  /** A read the session's views are built from, so it is noted in the session's journal. */
  async read(): Promise<T | null> {
    const text = await this.readText()
    activeWriteJournal()?.noteRead(this.file, text)
    return this.parse(text)
  }

  /** The next `write` replaces `text`, as read by the update that makes it. */
  replacing(text: string | null): void {
    this.#before = text
  }

  async write(data: T | null): Promise<void> {
    if (data === null) return
    const text = stringifyJson(data)
    const forget = activeWriteJournal()?.noteWrite(this.file, this.#before, text)
    try {
      await writeFileAtomic(this.file, text)
    } catch (error) {
      forget?.()
      throw writeFailure(this.file, error)
    }
  }
}

/** The one handle on one JSON file of a project or of the app's settings. */
export interface JsonFile<T> {
  readonly path: string
  /** The file's content fresh from disk, or `null` when it does not exist. */
  read(): Promise<T | null>
  /**
   * Reads the file, passes its content (`null` when absent) to `change`, and saves what
   * `change` returns atomically. Updates of one path run one after another. A file that
   * cannot be read is never written: the `unreadable-file` failure is thrown instead.
   */
  update(change: (current: T | null) => T): Promise<T>
}

class QueuedJsonFile<T> implements JsonFile<T> {
  readonly #adapter: ValidatedJsonAdapter<T>
  readonly #low: Low<T | null>
  #tail: Promise<unknown> = Promise.resolve()

  constructor(
    readonly path: string,
    readonly kind: JsonKind<T>,
  ) {
    this.#adapter = new ValidatedJsonAdapter(path, kind)
    this.#low = new Low<T | null>(this.#adapter, null)
  }

  read(): Promise<T | null> {
    return this.#adapter.read()
  }

  update(change: (current: T | null) => T): Promise<T> {
    const run = async (): Promise<T> => {
      // Always from disk: a colleague's sync or a hand edit may have changed the file, and a
      // file that no longer parses must stop the write (lowdb would write defaults over it).
      // Not noted as read: the journal compares it with what the session knew before.
      const before = await this.#adapter.readText()
      const next = change(this.#adapter.parse(before))
      this.#adapter.replacing(before)
      this.#low.data = next
      await this.#low.write()
      return next
    }
    const result = this.#tail.then(run, run)
    this.#tail = result.catch(() => undefined)
    return result
  }
}

/** Hands out exactly one writer per path (two writers on one file race). */
export interface JsonFiles {
  file<T>(path: string, kind: JsonKind<T>): JsonFile<T>
}

/** A registry of JSON file handles; services share `jsonFiles`, tests make their own. */
export function createJsonFiles(): JsonFiles {
  const handles = new Map<string, QueuedJsonFile<unknown>>()
  return {
    file<T>(path: string, kind: JsonKind<T>): JsonFile<T> {
      const key = resolve(path)
      const existing = handles.get(key)
      if (existing !== undefined) {
        if (existing.kind !== kind) throw new Error(`${key} is already open as another kind`)
        return existing as unknown as JsonFile<T>
      }
      const created = new QueuedJsonFile(key, kind)
      handles.set(key, created as QueuedJsonFile<unknown>)
      return created
    },
  }
}

/** The process-wide registry: every service in one process shares the one writer per path. */
export const jsonFiles: JsonFiles = createJsonFiles()
