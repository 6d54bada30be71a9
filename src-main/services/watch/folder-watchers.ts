import { type FSWatcher, watch } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

import type { DiskChange } from '../../contract/disk-changes'
import { type FolderRole, meaningOf, wantedFolders } from './folder-roles'

/** A file whose content may have changed, and the change it would be. */
export interface DirtyFile {
  readonly path: string
  readonly change: DiskChange
}

export interface FolderEvents {
  /** Something happened to this file. */
  file(dirty: DirtyFile): void
  /** Folders may have come or gone (or a watcher could not say what changed): reconcile. */
  folders(): void
}

/** One `fs.watch` per project folder, kept in step with the folders on disk. */
export interface FolderWatchers {
  /**
   * Watches the folders the project has now and stops watching those that are gone (or
   * were replaced). Returns the files of every folder that came, went or could not say
   * what changed: their content may be new. The first call returns none (nothing is new).
   */
  reconcile(): Promise<DirtyFile[]>
  /** Whether the project folder itself is being watched (it may have been removed). */
  watchingRoot(): boolean
  /** Keeps the list of a folder's files current, for when the folder goes. */
  noteFile(dirty: DirtyFile, exists: boolean): void
  close(): void
}

interface Watched {
  readonly role: FolderRole
  readonly ino: number
  readonly watcher: FSWatcher
  /** The files that matter in it, by path: what to report when the folder goes. */
  files: Map<string, DiskChange>
}

async function filesIn(folder: string, role: FolderRole): Promise<Map<string, DiskChange>> {
  const files = new Map<string, DiskChange>()
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return files
  }
  for (const name of names) {
    const meaning = meaningOf(role, name)
    if (meaning.kind === 'file') files.set(join(folder, name), meaning.change)
  }
  return files
}

const asDirty = (files: Map<string, DiskChange>): DirtyFile[] =>
  [...files].map(([path, change]) => ({ path, change }))

/**
 * Watches the folders of the project at `root`. Folders, not files: an atomic save replaces
 * the file (a new inode) by renaming over it, which the folder sees. Node 20's recursive
 * watch on Linux is emulated with one watcher per file and a racy tree walk
 * (nodejs/node#48437), so each folder gets its own watcher and new folders are added here.
 */
export function createFolderWatchers(root: string, events: FolderEvents): FolderWatchers {
  const watched = new Map<string, Watched>()
  // Folders whose watcher gave no file name: all their files must be looked at.
  const unsure = new Set<string>()
  let first = true
  let closed = false

  const onEvent = (folder: string, role: FolderRole, name: string | null): void => {
    if (closed) return
    if (name === null) {
      unsure.add(folder)
      events.folders()
      return
    }
    // A watched folder that is deleted reports its own name, then goes silent.
    if (name === basename(folder)) {
      events.folders()
      return
    }
    const meaning = meaningOf(role, name)
    if (meaning.kind === 'file') events.file({ path: join(folder, name), change: meaning.change })
    else if (meaning.kind === 'folders') events.folders()
  }

  const open = (folder: string, role: FolderRole): FSWatcher | null => {
    try {
      // Not persistent: watching never keeps a host (or a test) running.
      const watcher = watch(folder, { persistent: false }, (_type, name) =>
        onEvent(folder, role, typeof name === 'string' ? name : null),
      )
      watcher.on('error', () => {
        watcher.close()
        if (watched.get(folder)?.watcher === watcher) watched.delete(folder)
        events.folders()
      })
      return watcher
    } catch {
      // Gone again already, or out of watches: the next reconcile tries again.
      return null
    }
  }

  return {
    async reconcile() {
      const wanted = await wantedFolders(root)
      const dirty: DirtyFile[] = []
      for (const [folder, current] of watched) {
        const want = wanted.get(folder)
        if (want !== undefined && want.ino === current.ino && !unsure.has(folder)) continue
        current.watcher.close()
        watched.delete(folder)
        dirty.push(...asDirty(current.files))
      }
      unsure.clear()
      for (const [folder, want] of wanted) {
        if (closed || watched.has(folder)) continue
        // Watch first, then list: a file written in between is seen by one or the other.
        const watcher = open(folder, want.role)
        if (watcher === null) continue
        const entry: Watched = { ...want, watcher, files: new Map() }
        watched.set(folder, entry)
        entry.files = await filesIn(folder, want.role)
        if (closed) watcher.close()
        if (!first) dirty.push(...asDirty(entry.files))
      }
      first = false
      return dirty
    },
    watchingRoot: () => watched.has(root),
    noteFile(dirty, exists) {
      const files = watched.get(dirname(dirty.path))?.files
      if (exists) files?.set(dirty.path, dirty.change)
      else files?.delete(dirty.path)
    },
    close() {
      closed = true
      for (const entry of watched.values()) entry.watcher.close()
      watched.clear()
    },
  }
}
