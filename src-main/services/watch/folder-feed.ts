import { readFile } from 'node:fs/promises'

import { mapLimit } from '../annotations/map-limit'
import { contentFingerprint, type WriteJournal } from '../storage/write-journal'
import type { ChangeLog } from './change-log'
import { createFolderWatchers, type DirtyFile } from './folder-watchers'

export interface FolderFeedOptions {
  readonly root: string
  readonly journal: WriteJournal
  readonly log: ChangeLog
  /** Quiet time after the last event before files are looked at (a sync writes in bursts). */
  readonly settleMs: number
  /** The longest a change waits while events keep coming. */
  readonly maxWaitMs: number
  /** How often to look for the project folder again while it is gone. */
  readonly rootRetryMs: number
}

export interface FolderFeed {
  /** Resolves once the folders are being watched: changes from then on are seen. */
  readonly ready: Promise<void>
  stop(): void
}

const PARALLEL_READS = 16

type Content = { readonly text: string | null } | { readonly error: string }

async function readContent(path: string): Promise<Content> {
  try {
    return { text: await readFile(path, 'utf8') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown'
    return code === 'ENOENT' || code === 'ENOTDIR' ? { text: null } : { error: code }
  }
}

/**
 * Turns folder events into entries of `log`: after a burst settles, each touched file is
 * read, and it is a change when its content differs from what was last seen there and is
 * not the session's own save (see `WriteJournal`).
 */
export function startFolderFeed(options: FolderFeedOptions): FolderFeed {
  const { root, journal, log } = options
  const dirty = new Map<string, DirtyFile>()
  // The content last accounted for at each path, so repeated events report a file once.
  const seen = new Map<string, string>()
  let foldersChanged = false
  let timer: NodeJS.Timeout | null = null
  let firstEventAt = 0
  let running: Promise<void> | null = null
  let stopped = false

  const schedule = (delay: number): void => {
    if (stopped) return
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(() => void flush(), delay)
    timer.unref()
  }
  const touched = (): void => {
    const now = Date.now()
    if (timer === null) firstEventAt = now
    schedule(Math.max(0, Math.min(options.settleMs, firstEventAt + options.maxWaitMs - now)))
  }

  const watchers = createFolderWatchers(root, {
    file(file) {
      dirty.set(file.path, file)
      touched()
    },
    folders() {
      foldersChanged = true
      touched()
    },
  })

  const account = async (file: DirtyFile): Promise<boolean> => {
    const content = await readContent(file.path)
    const text = 'text' in content ? content.text : null
    const print = 'text' in content ? contentFingerprint(text) : `error:${content.error}`
    watchers.noteFile(file, text !== null || 'error' in content)
    if (seen.get(file.path) === print) return false
    seen.set(file.path, print)
    return 'error' in content || !journal.isOwn(file.path, text)
  }

  const lookForRoot = (): void => {
    foldersChanged = true
    schedule(options.rootRetryMs)
  }

  const processBatch = async (): Promise<void> => {
    const files = new Map(dirty)
    dirty.clear()
    if (foldersChanged) {
      foldersChanged = false
      for (const file of await watchers.reconcile()) files.set(file.path, file)
      if (!watchers.watchingRoot()) lookForRoot()
    }
    const list = [...files.values()]
    const changed = await mapLimit(list, PARALLEL_READS, account)
    if (stopped) return
    list.forEach((file, index) => {
      if (changed[index]) log.append(file.change)
    })
  }

  async function flush(): Promise<void> {
    timer = null
    if (running !== null) {
      // Whatever arrives while files are being read waits for the next round.
      await running
      if (dirty.size > 0 || foldersChanged) touched()
      return
    }
    running = processBatch()
      // Nothing here should throw; if something does, look at everything again later.
      .catch(lookForRoot)
      .finally(() => {
        running = null
      })
    await running
  }

  const ready = watchers
    .reconcile()
    .then(() => {
      // A root missing at the start is looked for again, like one removed later.
      if (!watchers.watchingRoot()) lookForRoot()
    }, lookForRoot)
    .finally(() => {
      running = null
    })
  running = ready

  return {
    ready,
    stop() {
      stopped = true
      if (timer !== null) clearTimeout(timer)
      watchers.close()
    },
  }
}
