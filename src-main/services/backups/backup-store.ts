import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'

import type { BackupInfo, BackupReason } from '../../core/backups/backup-info'
import { GlossFailure } from '../../core/failure'
import type { DocumentEntry } from '../../core/project/project'
import type { AnnotationFile } from '../../core/spans/span'
import { listFolder } from '../project/folders'
import { writeFileAtomic } from '../storage/atomic-write'
import { writeFailure } from '../storage/io-failure'
import { parseVersioned, stringifyJson } from '../storage/json-kind'
import { BACKUP_FILE, type BackupFile } from './backup-file'
import { documentBackupDir, projectBackupDir, snapshotName, takenAtOf } from './backup-paths'
import { DEFAULT_BACKUP_POLICY, type BackupPolicy } from './backup-policy'

/** One project's snapshots of annotation files, in the data dir (see backup-paths.ts). */
export interface BackupStore {
  readonly dir: string
  /**
   * Keeps `file` as a snapshot of the layer's file for `entry`, unless the newest snapshot
   * holds the same work for the same reason; then prunes (see backup-policy.ts). Returns the snapshot holding it.
   */
  take(
    layer: string,
    entry: DocumentEntry,
    file: AnnotationFile,
    reason: BackupReason,
  ): Promise<BackupInfo>
  /** Whether the document's newest snapshot is older than the policy's interval (or absent). */
  due(layer: string, docId: string): Promise<boolean>
  /** The document's snapshots that fit its text, newest first. */
  list(layer: string, entry: DocumentEntry): Promise<BackupInfo[]>
  /** One snapshot, or a `not-found` failure naming what exists. */
  read(layer: string, entry: DocumentEntry, id: string): Promise<BackupFile>
}

export interface BackupStoreOptions {
  readonly dataDir: string
  readonly projectRoot: string
  readonly policy?: BackupPolicy
  /** The clock (tests move it). */
  readonly now?: () => Date
}

const ID_SUFFIX = '.json'

/** The backups of the project at `projectRoot`, kept under `dataDir`. */
export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const dir = projectBackupDir(options.dataDir, options.projectRoot)
  const policy = options.policy ?? DEFAULT_BACKUP_POLICY
  const now = options.now ?? (() => new Date())
  const folder = (layer: string, docId: string): string => documentBackupDir(dir, layer, docId)
  // The newest snapshot time this process knows of per layer and document: an edit within
  // the interval of it needs no folder listing (every save asks whether one is due).
  const newestKnown = new Map<string, number>()
  const keyOf = (layer: string, docId: string): string => `${layer}\0${docId}`
  const isDue = (at: number): boolean => now().getTime() - at >= policy.intervalMs

  // Ids oldest first; names that are not snapshots (a person's notes, temp files) are skipped.
  const ids = async (layer: string, docId: string): Promise<string[]> =>
    (await listFolder(folder(layer, docId)))
      .filter((item) => item.isFile() && item.name.endsWith(ID_SUFFIX))
      .map((item) => item.name.slice(0, -ID_SUFFIX.length))
      .filter((id) => takenAtOf(id) !== null)
      .sort()

  const load = async (layer: string, docId: string, id: string): Promise<BackupFile> => {
    const path = join(folder(layer, docId), `${id}${ID_SUFFIX}`)
    return parseVersioned(BACKUP_FILE, await readFile(path, 'utf8'), path)
  }

  const prune = async (layer: string, docId: string): Promise<void> => {
    const all = await ids(layer, docId)
    const oldest = now().getTime() - policy.keepMs
    const prunable = all.slice(0, Math.max(0, all.length - policy.keepAtLeast))
    for (const id of prunable) {
      if ((takenAtOf(id)?.getTime() ?? 0) < oldest) {
        await rm(join(folder(layer, docId), `${id}${ID_SUFFIX}`), { force: true })
      }
    }
  }

  return {
    dir,
    async take(layer, entry, file, reason) {
      const all = await ids(layer, entry.id)
      const newest = all.at(-1)
      if (newest !== undefined) {
        const last = await load(layer, entry.id, newest).catch(() => null)
        // The same work kept for another reason is kept again: the list says why each is there.
        if (last !== null && last.reason === reason && sameWork(last.annotations, file)) {
          return infoOf(newest, last)
        }
      }
      // Two snapshots within a millisecond: the later one a millisecond on, so names sort.
      const after = newest === undefined ? 0 : (takenAtOf(newest)?.getTime() ?? 0) + 1
      const takenAt = new Date(Math.max(now().getTime(), after))
      const backup: BackupFile = {
        version: 1,
        takenAt: takenAt.toISOString(),
        reason,
        project: options.projectRoot,
        textSha256: entry.sha256,
        annotations: file,
      }
      const target = folder(layer, entry.id)
      const path = join(target, snapshotName(takenAt))
      try {
        await mkdir(target, { recursive: true })
        await writeFileAtomic(path, stringifyJson(backup))
      } catch (error) {
        throw writeFailure(path, error)
      }
      newestKnown.set(keyOf(layer, entry.id), takenAt.getTime())
      await prune(layer, entry.id)
      return infoOf(snapshotName(takenAt).slice(0, -ID_SUFFIX.length), backup)
    },
    async due(layer, docId) {
      const known = newestKnown.get(keyOf(layer, docId))
      if (known !== undefined && !isDue(known)) return false
      const newest = (await ids(layer, docId)).at(-1)
      const at = newest === undefined ? null : takenAtOf(newest)
      if (at !== null) newestKnown.set(keyOf(layer, docId), at.getTime())
      return at === null || isDue(at.getTime())
    },
    async list(layer, entry) {
      const infos: BackupInfo[] = []
      for (const id of (await ids(layer, entry.id)).reverse()) {
        // A snapshot a person broke by hand is left out of the list, not fatal to it.
        const backup = await load(layer, entry.id, id).catch(() => null)
        if (backup !== null && backup.textSha256 === entry.sha256) infos.push(infoOf(id, backup))
      }
      return infos
    },
    async read(layer, entry, id) {
      const known = await ids(layer, entry.id)
      const backup = known.includes(id) ? await load(layer, entry.id, id) : null
      if (backup === null || backup.textSha256 !== entry.sha256) {
        throw new GlossFailure({
          code: 'not-found',
          message: `There is no backup ${id} of document ${entry.id} for ${layer}.`,
          hint: 'List the backups (Restore… or gloss backups list) and pick one of them.',
        })
      }
      return backup
    },
  }
}

/** Whether two versions hold the same work: everything but the time they were written. */
const sameWork = (a: AnnotationFile, b: AnnotationFile): boolean =>
  JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' })

const infoOf = (id: string, backup: BackupFile): BackupInfo => ({
  id,
  takenAt: backup.takenAt,
  reason: backup.reason,
  spanCount: backup.annotations.spans.length,
  status: backup.annotations.status,
})
