/**
 * How often a document's file is snapshotted and how long snapshots are kept. Obsidian's
 * File recovery (≥ 5 minutes apart, kept 7 days) is what analysts know; the newest few of a
 * document outlive the 7 days, so a project left alone for a month still has its backups.
 */
export interface BackupPolicy {
  /** A document edited is snapshotted (before the edit) when its newest snapshot is older. */
  readonly intervalMs: number
  /** Snapshots older than this are pruned... */
  readonly keepMs: number
  /** ...except each document's newest few. */
  readonly keepAtLeast: number
}

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

export const DEFAULT_BACKUP_POLICY: BackupPolicy = {
  intervalMs: 5 * MINUTE,
  keepMs: 7 * DAY,
  keepAtLeast: 5,
}
