import { resolve } from 'node:path'

import { GlossFailure } from '../../core/failure'
import { createLayerLocks, type LayerLocks } from '../locks/layer-locks'
import { openProjectStore, type ProjectStore } from '../project/project-store'

/** The project a session has open, as the one writer of its annotator's layer. */
export interface SessionWriter {
  /**
   * Opens the project and takes its lock for the session's annotator; refused (a `conflict`
   * naming the holder) when another program writes that layer, and the project open before
   * stays open. On success the previous project's locks are let go.
   */
  open(folder: string, create: boolean): Promise<ProjectStore>
  /** Takes the open project's lock for `to`, then lets go of `from`'s (refused: nothing changes). */
  switchAnnotator(from: string, to: string): Promise<void>
  /** Lets go of every lock (the host is stopping). */
  close(): Promise<void>
}

interface Opened {
  readonly store: ProjectStore
  readonly locks: LayerLocks
}

/**
 * One writer per layer for a session (DESIGN.md §3): its own annotator's layer is held for as
 * long as the project is open; any other layer it writes (gold in review, an import into a
 * colleague's layer, a merge) is taken just for that write.
 */
export function createSessionWriter(annotator: () => string): SessionWriter {
  let opened: Opened | null = null

  const letGo = async (what: Opened, layer?: string): Promise<void> => {
    // Edits still in edit logs go into their files while the layer is still ours.
    await what.store.files.foldAll().catch(() => undefined)
    await (layer === undefined ? what.locks.releaseAll() : what.locks.release(layer))
  }

  return {
    async open(folder, create) {
      const before = opened
      const root = resolve(folder)
      const reused = before !== null && before.store.paths.root === root
      const locks = reused ? before.locks : createLayerLocks(root)
      const store = await openProjectStore(root, {
        create,
        layerGate: async (layers, work) => {
          // Held again if it was lost (a colleague took it over after this machine slept).
          const own = annotator()
          if (layers.includes(own)) await locks.hold(own)
          return locks.during(layers, work)
        },
      })
      try {
        await locks.hold(annotator())
      } catch (error) {
        if (!reused) await locks.releaseAll()
        // A project on a read-only drive still opens for reading: nothing can write it, and
        // a save tries the lock again and says why it failed.
        if (!(error instanceof GlossFailure && error.code === 'unwritable')) throw error
      }
      if (before !== null && !reused) await letGo(before)
      opened = { store, locks }
      return store
    },
    async switchAnnotator(from, to) {
      if (opened === null || from === to) return
      await opened.locks.hold(to)
      await letGo(opened, from)
    },
    async close() {
      const closing = opened
      opened = null
      if (closing !== null) await letGo(closing)
    },
  }
}
