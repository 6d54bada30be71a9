import type { DiskChanges, DiskCursor } from '../../contract/disk-changes'
import type { WriteJournal } from '../storage/write-journal'
import { type ChangeLog, createChangeLog } from './change-log'
import { type FolderFeed, startFolderFeed } from './folder-feed'

export interface ProjectWatchOptions {
  /** The session's journal: its own saves are not reported. */
  readonly journal: WriteJournal
  readonly settleMs?: number
  readonly maxWaitMs?: number
  readonly rootRetryMs?: number
  /** How many changes the log keeps before it asks for a full refresh instead. */
  readonly logLimit?: number
}

/** The open project's folder, watched for what others write into it. */
export interface ProjectWatch {
  /** Watches the project at `root` from now on, with a new log; stops the previous watch. */
  follow(root: string): void
  /** The changes after `since` (see `pollChanges`), once the folders are being watched. */
  changesSince(since: DiskCursor | undefined): Promise<DiskChanges>
  /** Stops watching (the host is stopping). */
  stop(): void
}

/**
 * Watches one project at a time for a session. Before any project is followed, and after
 * `stop`, polls see an empty log.
 */
export function createProjectWatch(options: ProjectWatchOptions): ProjectWatch {
  let log: ChangeLog = createChangeLog(options.logLimit)
  let feed: FolderFeed | null = null

  return {
    follow(root) {
      feed?.stop()
      log = createChangeLog(options.logLimit)
      feed = startFolderFeed({
        root,
        journal: options.journal,
        log,
        settleMs: options.settleMs ?? 100,
        maxWaitMs: options.maxWaitMs ?? 1_000,
        rootRetryMs: options.rootRetryMs ?? 2_000,
      })
    },
    async changesSince(since) {
      await feed?.ready
      return log.since(since)
    },
    stop() {
      feed?.stop()
      feed = null
    },
  }
}
