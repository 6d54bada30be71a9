import type { DocumentStatus } from '../spans/span'

/** Why a snapshot was taken (see services/backups/backup-file.ts). */
export type BackupReason = 'editing' | 'before-restore' | 'theirs-replaced' | 'mine-set-aside'

/** One snapshot of a document's annotations, as the Restore… list and `gloss backups list` show it. */
export interface BackupInfo {
  /** Names the snapshot for `restoreBackup`: its time, as in its file name. */
  readonly id: string
  readonly takenAt: string
  readonly reason: BackupReason
  readonly spanCount: number
  readonly status: DocumentStatus
}

/** The reason in words, for lists. */
export const BACKUP_REASON_WORDS: Readonly<Record<BackupReason, string>> = {
  editing: 'while editing',
  'before-restore': 'before a restore',
  'theirs-replaced': 'the version on disk you saved over',
  'mine-set-aside': 'your version, set aside for the one on disk',
}
