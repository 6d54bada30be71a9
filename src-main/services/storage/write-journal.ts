import { AsyncLocalStorage } from 'node:async_hooks'
import { hash } from 'node:crypto'

/**
 * What one host's session read from and wrote to its JSON files, by content, so that its
 * folder watcher can tell the session's own saves from a colleague's. A save counts as the
 * session's own only when it replaced what the session already knew was there: a save that
 * folded a colleague's newer file into its change (services/annotations/span-edits.ts applies
 * edits to what is on disk) is reported like their change, so the UI shows the merged file.
 */
export interface WriteJournal {
  /** The session read content with this `contentFingerprint` at `path`. */
  noteRead(path: string, print: string): void
  /**
   * The session is about to replace content printed `before` with content printed `after`
   * at `path` (`contentFingerprint(null)`: removing it). Returns what undoes the note, for a
   * write that failed.
   */
  noteWrite(path: string, before: string, after: string): () => void
  /** Whether `text` at `path` is exactly the session's last own write there. */
  isOwn(path: string, text: string | null): boolean
}

/**
 * What a file holds, in a few bytes. Content, not mtime or inode: git and sync tools keep
 * neither, and an identical rewrite is no change at all.
 */
export const contentFingerprint = (text: string | null): string =>
  text === null ? 'absent' : hash('sha1', text, 'base64')

/** An empty journal, one per session. */
export function createWriteJournal(): WriteJournal {
  const known = new Map<string, string>()
  const own = new Map<string, string>()
  const restore = (map: Map<string, string>, path: string, value: string | undefined): void => {
    if (value === undefined) map.delete(path)
    else map.set(path, value)
  }
  return {
    noteRead(path, print) {
      known.set(path, print)
    },
    noteWrite(path, before, after) {
      const knownBefore = known.get(path)
      const ownBefore = own.get(path)
      // Never read before (a new layer, an import): the session decided the whole content.
      if (knownBefore === undefined || knownBefore === before) own.set(path, after)
      else own.delete(path)
      known.set(path, after)
      return () => {
        restore(known, path, knownBefore)
        restore(own, path, ownBefore)
      }
    },
    isOwn: (path, text) => own.get(path) === contentFingerprint(text),
  }
}

const active = new AsyncLocalStorage<WriteJournal>()

/** Runs `work` so that every JSON read and write it causes is noted in `journal`. */
export function runWithWriteJournal<T>(journal: WriteJournal, work: () => T): T {
  return active.run(journal, work)
}

/** The journal of the session whose request is running; none for the CLI and for tests. */
export function activeWriteJournal(): WriteJournal | undefined {
  return active.getStore()
}
