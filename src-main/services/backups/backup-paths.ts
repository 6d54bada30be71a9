import { createHash } from 'node:crypto'
import { basename, join } from 'node:path'

import { safeFileStem } from '../../core/files/file-names'

/**
 * The folder that holds one project's backups, outside the project (which a sync or git
 * shares): `<data dir>/backups/<folder name>-<hash of its path>`. The path tells two projects
 * apart; the text hash kept in every snapshot (see backup-file.ts) keeps a different project
 * later made at the same path from being offered another article's spans.
 */
export function projectBackupDir(dataDir: string, projectRoot: string): string {
  const key = createHash('sha256').update(projectRoot).digest('hex').slice(0, 16)
  return join(dataDir, 'backups', `${safeFileStem(basename(projectRoot), 'project')}-${key}`)
}

/** One document's snapshots of one layer (an annotator, or `_gold`). */
export const documentBackupDir = (projectDir: string, layer: string, docId: string): string =>
  join(projectDir, layer, docId)

/** A snapshot's file name: its time, sortable and legal on every file system. */
export const snapshotName = (takenAt: Date): string =>
  `${takenAt.toISOString().replace(/:/gu, '-')}.json`

/** The snapshot id (its name without `.json`) back to the time it was taken. */
export function takenAtOf(id: string): Date | null {
  const match = /^(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d(?:\.\d+)?Z)(?:-\d+)?$/u.exec(id)
  if (match === null) return null
  const date = new Date(`${match[1]}:${match[2]}:${match[3]}`)
  return Number.isNaN(date.getTime()) ? null : date
}
