import { BACKUP_REASON_WORDS, type BackupInfo } from '@core/backups/backup-info'
import { useEffect, useState } from 'react'

import { Dialog } from '../components/dialog'
import { STATUS_NAMES } from '../documents/status'
import { useCommands } from '../state/use-store'
import { backupTime } from './backup-time'

/**
 * Restore…: the snapshots Gloss keeps of the analyst's file for the document (outside the
 * project), newest first. Restoring one saves it as the file; the version it replaces
 * becomes the newest snapshot, so a restore is undone by restoring that.
 */
export function BackupsDialog({ docId }: { readonly docId: string }) {
  const { backups } = useCommands()
  const [list, setList] = useState<readonly BackupInfo[] | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    let live = true
    void backups.list(docId).then((found) => live && setList(found ?? []))
    return () => {
      live = false
    }
  }, [backups, docId])
  return (
    <Dialog title="Restore a backup" onClose={backups.closeDialog} wide>
      <p>
        Gloss keeps a copy of your annotations of this document before you edit it (at most every 5
        minutes), and whenever it sets a version aside. Copies are kept for 7 days, and the newest 5
        always.
      </p>
      {list === null ? (
        <p>Loading…</p>
      ) : list.length === 0 ? (
        <p data-testid="no-backups">There are no backups of this document yet.</p>
      ) : (
        <table className="backups-table" aria-label="Backups">
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Spans</th>
              <th scope="col">Status</th>
              <th scope="col">Why</th>
              <th scope="col" aria-label="Restore" />
            </tr>
          </thead>
          <tbody>
            {list.map((backup) => (
              <tr key={backup.id} data-testid="backup-row">
                <td>{backupTime(backup.takenAt)}</td>
                <td>{backup.spanCount}</td>
                <td>{STATUS_NAMES[backup.status]}</td>
                <td>{BACKUP_REASON_WORDS[backup.reason]}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`Restore the backup of ${backupTime(backup.takenAt)}`}
                    onClick={() => {
                      setBusy(true)
                      void backups.restore(docId, backup.id).finally(() => setBusy(false))
                    }}
                  >
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  )
}
