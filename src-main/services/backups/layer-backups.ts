import type { BackupInfo } from '../../core/backups/backup-info'
import { GlossFailure } from '../../core/failure'
import type { AnnotationFile } from '../../core/spans/span'
import type { ProjectStore } from '../project/project-store'
import { createBackupStore, type BackupStore } from './backup-store'

const stores = new Map<string, BackupStore>()

/** The backups of the store's project under `dataDir`; one per project and data dir. */
export function backupsOf(dataDir: string, store: ProjectStore): BackupStore {
  const key = `${dataDir}\0${store.paths.root}`
  let backups = stores.get(key)
  if (backups === undefined) {
    backups = createBackupStore({ dataDir, projectRoot: store.paths.root })
    stores.set(key, backups)
  }
  return backups
}

/**
 * Before an edit of the layer's file for `docId`: a snapshot of the file as it is, when its
 * newest snapshot is older than the interval. A backup that cannot be written does not stop
 * the edit (the file itself is saved atomically); a file that cannot be read stops the save
 * anyway, with its own message.
 */
export async function backUpBeforeEdit(
  backups: BackupStore,
  store: ProjectStore,
  layer: string,
  docId: string,
): Promise<void> {
  try {
    if (!(await backups.due(layer, docId))) return
    const current = await store.readAnnotations(layer, docId)
    if (current === null) return
    await backups.take(layer, await store.findDocument(docId), current, 'editing')
  } catch (error) {
    if (!(error instanceof GlossFailure)) throw error
  }
}

/**
 * Writes the snapshot `id` back as the layer's file for `docId`, the current version kept
 * as a snapshot first (so the restore itself can be undone by restoring that one). The
 * restored file is a normal save: stamped now, seen by colleagues like any edit.
 */
export async function restoreBackup(
  backups: BackupStore,
  store: ProjectStore,
  layer: string,
  docId: string,
  id: string,
): Promise<RestoredBackup> {
  const entry = await store.findDocument(docId)
  const backup = await backups.read(layer, entry, id)
  const current = await store.readAnnotations(layer, docId)
  const replaced =
    current === null ? null : await backups.take(layer, entry, current, 'before-restore')
  const annotations = await store.updateAnnotations(layer, docId, () => ({
    ...backup.annotations,
    docId,
    annotator: layer,
    updatedAt: new Date().toISOString(),
  }))
  return { annotations, replaced }
}

export interface RestoredBackup {
  readonly annotations: AnnotationFile
  /** The snapshot of the version the restore replaced; `null` when there was no file. */
  readonly replaced: BackupInfo | null
}
