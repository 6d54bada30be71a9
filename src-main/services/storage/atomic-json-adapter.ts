import type { BigIntStats } from 'node:fs'

import type { Adapter } from 'lowdb'

import { writeFileAtomic } from './atomic-write'
import { stringifyJson } from './json-kind'

/** When a kind with an edit log logs an edit instead of rewriting the file, and when it folds. */
export interface EditLogPolicy {
  /** Files smaller than this are rewritten whole: it costs no more than an append. */
  readonly fromBytes: number
  /** An edit larger than this is written whole with the file. */
  readonly maxEditBytes: number
  /** Fold once the log holds this many edits, or this many bytes. */
  readonly foldEdits: number
  readonly foldBytes: number
  /** Fold once no edit came for this long (0: never on a timer). */
  readonly idleMs: number
}

/** An edit and what the file holds once it is applied. */
export interface Edited<T, E> {
  readonly edit: E
  readonly next: T
}

// lowdb's own DataFile writes through steno (no fsync, one fixed temp name per path), and its
// JSONFilePreset silently keeps everything in memory under NODE_ENV=test. This adapter gives
// lowdb the atomic, fsync'ed writes of `writeFileAtomic`; reads go through `lookState`.
export class AtomicJsonAdapter<T> implements Adapter<T | null> {
  constructor(private readonly file: string) {}
  /** What the last write wrote, and the written file's stats. */
  written: { readonly stats: BigIntStats; readonly text: string } | null = null
  /** The text of the next write's data, already printed by the caller. */
  prepared: { readonly data: T; readonly text: string } | null = null

  read(): Promise<T | null> {
    throw new Error('read through lookState')
  }

  async write(data: T | null): Promise<void> {
    if (data === null) return
    const text = this.prepared?.data === data ? this.prepared.text : stringifyJson(data)
    this.prepared = null
    this.written = { stats: await writeFileAtomic(this.file, text), text }
  }
}
