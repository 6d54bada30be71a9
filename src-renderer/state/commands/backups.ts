import type { BackupInfo } from '@core/backups/backup-info'

import type { CommandContext } from '../context'
import { unwrap } from '../context'
import type { SaveQueue } from '../save-queue'
import { withoutHistory } from '../without-history'
import type { DocumentCommands } from './documents'

/** Restore…: the snapshots Gloss keeps of the analyst's files, and broken files it found. */
export function createBackupCommands(
  ctx: CommandContext,
  saves: SaveQueue,
  documents: DocumentCommands,
) {
  const { store, client } = ctx

  return {
    /** Opens Restore… for the open document. */
    openRestore: (): void => {
      const doc = store.get().doc
      if (doc)
        store.update((state) => ({ ...state, dialog: { kind: 'backups', docId: doc.entry.id } }))
    },

    closeDialog: (): void => store.update((state) => ({ ...state, dialog: null })),

    /** The document's snapshots, newest first; `null` when they could not be listed. */
    list: async (docId: string): Promise<readonly BackupInfo[] | null> =>
      unwrap(ctx, await client.listBackups({ docId }))?.backups ?? null,

    /**
     * Writes the snapshot back as the document's file (the version it replaces becomes a
     * snapshot, so this is undone by restoring that one) and shows it. Only once every edit
     * is saved: an unsaved edit would be lost under the restored file.
     */
    restore: async (docId: string, id: string): Promise<boolean> => {
      await saves.idle()
      if (!saves.settled()) {
        unwrap(ctx, {
          ok: false,
          error: {
            code: 'conflict',
            message: 'Your last edits are not saved yet, so nothing was restored.',
            hint: 'Save them first (Retry saving), then restore.',
          },
        })
        return false
      }
      const restored = unwrap(ctx, await client.restoreBackup({ docId, id }))
      if (!restored) return false
      store.update((state) => ({ ...withoutHistory(state, docId), dialog: null }))
      await documents.refreshDocuments()
      if (store.get().doc?.entry.id === docId) await documents.openDocument(docId)
      return true
    },

    /**
     * When a project opens: asks the host to move broken files of the analyst aside, and
     * shows what it found (with the backup each document can be restored from).
     */
    recoverBrokenFiles: async (): Promise<void> => {
      const found = await client.recoverUnreadable({})
      if (found.ok && found.value.length > 0) {
        store.update((state) => ({ ...state, dialog: { kind: 'recovered', files: found.value } }))
      }
    },
  }
}

export type BackupCommands = ReturnType<typeof createBackupCommands>
