import type { Handlers } from '../../contract/endpoints'
import { backupsOf, restoreBackup } from '../backups/layer-backups'
import { recoverUnreadable } from '../backups/recover-unreadable'
import { resolveDiskConflict } from '../backups/resolve-disk-conflict'
import type { SessionContext } from '../session/session-context'

type BackupHandlers = Pick<
  Handlers,
  'listBackups' | 'restoreBackup' | 'recoverUnreadable' | 'resolveDiskConflict'
>

/** The current annotator's backups, broken files, and files changed under an edit. */
export function backupHandlers(session: SessionContext): BackupHandlers {
  const opened = async () => {
    const store = await session.project()
    return { store, backups: backupsOf(session.appState.dataDir, store) }
  }
  return {
    async listBackups({ docId }) {
      const { store, backups } = await opened()
      const entry = await store.findDocument(docId)
      return { backups: await backups.list(session.annotator(), entry) }
    },
    async restoreBackup({ docId, id }) {
      const { store, backups } = await opened()
      return restoreBackup(backups, store, session.annotator(), docId, id)
    },
    async recoverUnreadable() {
      const { store, backups } = await opened()
      return recoverUnreadable(store, backups, session.annotator())
    },
    async resolveDiskConflict(choice) {
      const { store, backups } = await opened()
      return resolveDiskConflict(store, backups, session.annotator(), choice)
    },
  }
}
