import { z } from 'zod'

import type { BackupReason } from '../../core/backups/backup-info'
import type { AnnotationFile } from '../../core/spans/span'
import { ANNOTATION_FILE } from '../project/file-kinds'
import type { JsonKind } from '../storage/json-kind'

/** Why a snapshot was taken; the Restore… list says it in words. */
export const BACKUP_REASONS: readonly [BackupReason, ...BackupReason[]] = [
  /** Before an edit, at most every few minutes (see backup-policy.ts). */
  'editing',
  /** The version a restore replaced, so the restore can be undone. */
  'before-restore',
  /** The version on disk that "Keep mine" saved over. */
  'theirs-replaced',
  /** The analyst's unsaved version that "Take theirs" set aside. */
  'mine-set-aside',
]

/** One snapshot of an annotations file, as kept in the data dir. */
export interface BackupFile {
  readonly version: 1
  readonly takenAt: string
  readonly reason: BackupReason
  /** The project folder it came from, for a person reading the backups folder. */
  readonly project: string
  /** The sha256 of the document's text: a snapshot only fits the text it was made on. */
  readonly textSha256: string
  readonly annotations: AnnotationFile
}

export const BACKUP_FILE: JsonKind<BackupFile> = {
  what: 'backup',
  version: 1,
  schema: z.object({
    version: z.literal(1),
    takenAt: z.string(),
    reason: z.enum(BACKUP_REASONS),
    project: z.string(),
    textSha256: z.string(),
    annotations: ANNOTATION_FILE.schema,
  }),
}
