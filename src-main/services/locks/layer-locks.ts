import { writeFailure } from '../storage/io-failure'
import { tryTakeLock, type HeldLock, type LockOptions } from './lock-file'
import { thisProcessHolder } from './lock-holder'
import { layerLockPath } from './lock-paths'
import { layerRefusal } from './lock-refusal'
import { prepareLocksFolder } from './locks-folder'

/**
 * Layer locks are held for as long as a window stays open: refreshed every minute, stale
 * after ten minutes without a refresh (a colleague's machine that crashed or went to sleep).
 */
export const LAYER_LOCK: LockOptions = { staleAfterMs: 10 * 60_000, heartbeatMs: 60_000 }

/** The layers (annotator folders, `_gold`) of one project this process writes. */
export interface LayerLocks {
  readonly root: string
  /** Takes the layer's lock (if not held already) and keeps it until `release`. */
  hold(layer: string): Promise<void>
  /** Lets go of a layer `hold` kept, once no `during` still uses it. */
  release(layer: string): Promise<void>
  /** Runs `work` as the writer of `layers`: held ones as they are, others taken just for it. */
  during<R>(layers: readonly string[], work: () => Promise<R>): Promise<R>
  /** Lets go of every layer (the project is closed or switched). */
  releaseAll(): Promise<void>
}

interface Entry {
  readonly lock: HeldLock
  uses: number
  kept: boolean
  /** Set once the lock is being let go: a later use takes it anew after that. */
  releasing: Promise<null> | null
}

/**
 * The layer locks of the project at `root` (`.gloss/locks/<layer>.lock`). A layer another
 * process holds is refused with a `conflict` failure naming the holder and what to do; a
 * stale lock is taken over without asking. Locks are released when the process exits.
 */
export function createLayerLocks(root: string, options: LockOptions = LAYER_LOCK): LayerLocks {
  // Each layer's chain: what was last done to its lock, in order (`null`: not held). A take
  // waits for a release still under way, so this process never finds its own lock file.
  const entries = new Map<string, Promise<Entry | null>>()

  const acquire = (layer: string): Promise<Entry> => {
    const previous = entries.get(layer) ?? Promise.resolve(null)
    const next = previous
      .catch(() => null)
      .then((entry) => {
        if (entry === null || entry.lock.lost) return take(layer)
        return entry.releasing === null ? entry : entry.releasing.then(() => take(layer))
      })
      .then((entry) => {
        entry.uses++
        return entry
      })
    entries.set(layer, next)
    return next
  }

  const take = async (layer: string): Promise<Entry> => {
    const path = layerLockPath(root, layer)
    try {
      await prepareLocksFolder(root)
      const result = await tryTakeLock(path, thisProcessHolder(layer), options)
      if (!result.taken) throw layerRefusal(root, layer, result.holder, path)
      return { lock: result.lock, uses: 0, kept: false, releasing: null }
    } catch (error) {
      throw writeFailure(path, error)
    }
  }

  const letGo = async (layer: string, entry: Entry): Promise<void> => {
    if (entry.uses > 0 || entry.kept || entry.releasing !== null) return
    const released = entry.lock.release().then(() => null)
    entry.releasing = released
    entries.set(layer, released)
    await released
    if (entries.get(layer) === released) entries.delete(layer)
  }

  const done = async (layer: string, entry: Entry): Promise<void> => {
    entry.uses--
    await letGo(layer, entry)
  }

  return {
    root,
    async hold(layer) {
      const entry = await acquire(layer)
      entry.kept = true
      entry.uses--
    },
    async release(layer) {
      const entry = await entries.get(layer)?.catch(() => null)
      if (entry === null || entry === undefined) return
      entry.kept = false
      await letGo(layer, entry)
    },
    async during(layers, work) {
      const taken: [string, Entry][] = []
      try {
        for (const layer of [...new Set(layers)].sort()) taken.push([layer, await acquire(layer)])
        return await work()
      } finally {
        for (const [layer, entry] of taken) await done(layer, entry)
      }
    },
    async releaseAll() {
      const all = await Promise.all([...entries.values()].map((entry) => entry.catch(() => null)))
      entries.clear()
      for (const entry of all) {
        if (entry === null) continue
        entry.releasing ??= entry.lock.release().then(() => null)
        await entry.releasing
      }
    },
  }
}
