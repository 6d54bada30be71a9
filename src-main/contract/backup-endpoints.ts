import { z } from 'zod'

import type { BackupInfo } from '../core/backups/backup-info'
import type { AnnotationFile } from '../core/spans/span'
import { docLabelsSchema } from './doc-label-schemas'
import { relationSchema } from './relation-schemas'
import { docIdSchema, documentStatusSchema, spanSchema } from './schemas'

/** A project file Gloss could not read, as `recoverUnreadable` found and handled it. */
export interface UnreadableFile {
  /** The file, relative to the project folder (`annotations/lan/<docId>.json`). */
  readonly file: string
  /** Why it cannot be read, in words. */
  readonly reason: string
  /**
   * Where it was moved (`<file>.corrupt-<time>`, beside it), or `null` when it was left in
   * place: a colleague's file, `gloss.json` and the document index are only reported.
   */
  readonly movedTo: string | null
  /** The annotations' document, when it is an annotations file of this annotator or gold. */
  readonly docId: string | null
  /** The newest backup of that document, offered for restoring; `null` when there is none. */
  readonly backup: BackupInfo | null
}

/** A snapshot id: its time, as its file name has it (`2026-02-01T09-00-00.000Z`). */
const backupIdSchema = z
  .string()
  .regex(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d(?:\.\d+)?Z$/u, 'a backup id')

/**
 * Backups of the annotator's own files, and what to do with a file that changed on disk or
 * broke: part of THE API (spread into `endpoints`).
 */
export const backupEndpoints = {
  /** The snapshots of the current annotator's file for the document, newest first. */
  listBackups: {
    input: z.object({ docId: docIdSchema }).strict(),
    output: {} as { readonly backups: readonly BackupInfo[] },
  },
  /**
   * Writes the snapshot back as the current annotator's file for the document (the version
   * it replaces is snapshotted first, so this can be undone the same way).
   */
  restoreBackup: {
    input: z.object({ docId: docIdSchema, id: backupIdSchema }).strict(),
    output: {} as {
      readonly annotations: AnnotationFile
      /** The snapshot of the version the restore replaced (restore it to undo). */
      readonly replaced: BackupInfo | null
    },
  },
  /**
   * Looks for project files Gloss cannot read: the annotator's own and gold annotation files
   * (and their edit logs) and own comment files broken by a crash, a sync or a merge are
   * moved aside to `<file>.corrupt-<time>`, never written over; others are only reported.
   */
  recoverUnreadable: { input: z.object({}).strict(), output: {} as readonly UnreadableFile[] },
  /**
   * Settles a save refused because the file changed on disk: `mine` saves the analyst's
   * version (`spans`, `status`, and `relations` / `docLabels` when given: absent keeps the
   * file's) over the one on disk, which is kept as a backup first;
   * `theirs` keeps the file on disk and the analyst's version as a backup.
   */
  resolveDiskConflict: {
    input: z
      .object({
        docId: docIdSchema,
        keep: z.enum(['mine', 'theirs']),
        spans: z.array(spanSchema).max(1_000_000),
        status: documentStatusSchema,
        relations: z.array(relationSchema).max(1_000_000).optional(),
        docLabels: docLabelsSchema.optional(),
      })
      .strict(),
    output: {} as {
      readonly annotations: AnnotationFile
      /** The backup that holds the version not kept. */
      readonly kept: BackupInfo | null
    },
  },
} as const
