import type { BackupInfo } from '../core/backups/backup-info'
import { inputError } from './cli-options'

/**
 * The newest of `backups` (newest first) taken at or before `at`: an ISO time
 * (`2026-02-01T09:00Z`, `2026-02-01`), or a backup id as `gloss backups list` prints it.
 * Without `at`, the newest. `null` when none is that old.
 */
export function pickBackup(
  backups: readonly BackupInfo[],
  at: string | undefined,
): BackupInfo | null {
  if (at === undefined) return backups[0] ?? null
  const exact = backups.find((backup) => backup.id === at)
  if (exact !== undefined) return exact
  const limit = Date.parse(at)
  if (Number.isNaN(limit)) {
    throw inputError(
      `"${at}" is not a time.`,
      'Give --at as an ISO time (2026-02-01T09:30Z) or a backup id from gloss backups list.',
    )
  }
  return backups.find((backup) => Date.parse(backup.takenAt) <= limit) ?? null
}
