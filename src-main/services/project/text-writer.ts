import { mkdir } from 'node:fs/promises'

import { syncFolder, writeFileAtomic } from '../storage/atomic-write'
import { writeFailure } from '../storage/io-failure'
import type { ProjectPaths } from './project-paths'

/** Writes many document texts, a few at a time, and makes them durable together. */
export interface TextWriter {
  /** Starts writing the text; resolves once there is room for the next (not once written). */
  write(docId: string, text: string): Promise<void>
  /** Whether this writer was given the document's text (written or on its way). */
  has(docId: string): boolean
  /**
   * Waits for every write, then syncs the folder once: after this every text is on disk,
   * so an index entry may name it. Throws the first failure (the others still finish).
   */
  finish(): Promise<readonly string[]>
}

// Each text is fsync'ed and renamed into place on its own; what is batched is the folder's
// fsync (one per batch, before the index names any of them) and the waiting: a few writes in
// flight keep the disk busy while the next article is decoded, and bound what is in memory.
const IN_FLIGHT = 8

/** A writer of texts into `documents/`; `finish` it before indexing what it wrote. */
export function createTextWriter(paths: ProjectPaths): TextWriter {
  const running = new Set<Promise<void>>()
  const given = new Set<string>()
  const written: string[] = []
  let failure: unknown = null
  let folderMade: Promise<void> | null = null

  const writeOne = async (docId: string, text: string): Promise<void> => {
    const file = paths.documentText(docId)
    try {
      folderMade ??= mkdir(paths.documentsDir, { recursive: true }).then(() => undefined)
      await folderMade
      await writeFileAtomic(file, text, { syncFolder: false })
      written.push(docId)
    } catch (error) {
      failure ??= writeFailure(file, error)
    }
  }

  return {
    has: (docId) => given.has(docId),
    async write(docId, text) {
      if (failure !== null) throw failure
      given.add(docId)
      const run: Promise<void> = writeOne(docId, text).finally(() => running.delete(run))
      running.add(run)
      while (running.size >= IN_FLIGHT) await Promise.race(running)
    },
    async finish() {
      await Promise.all(running)
      if (written.length > 0) await syncFolder(paths.documentsDir)
      if (failure !== null) throw failure
      return written
    },
  }
}
