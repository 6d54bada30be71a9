import type { UnreadableFile } from '@contract/backup-endpoints'
import { useState } from 'react'

import { Dialog } from '../components/dialog'
import { useCommands } from '../state/use-store'
import { backupTime } from './backup-time'

/**
 * What Gloss found broken when the project opened: each file by name, why, where it was
 * moved (never written over), and the backup its document can be restored from.
 */
export function RecoveredDialog({ files }: { readonly files: readonly UnreadableFile[] }) {
  const { backups } = useCommands()
  const [restored, setRestored] = useState<readonly string[]>([])
  return (
    <Dialog
      title="Some project files could not be read"
      onClose={backups.closeDialog}
      wide
      footer={
        <button type="button" className="primary" onClick={backups.closeDialog}>
          Close
        </button>
      }
    >
      <ul className="recovered-files">
        {files.map((found) => (
          <li key={found.file} data-testid="recovered-file">
            <code>{found.file}</code>: {found.reason}.{' '}
            {found.movedTo === null ? (
              'It was left as it is: fix it (or take it back from git or your sync), then reopen the project.'
            ) : (
              <>
                It was moved to <code>{found.movedTo}</code>, so nothing is written over it.
              </>
            )}{' '}
            {found.backup !== null && found.docId !== null && (
              <button
                type="button"
                disabled={restored.includes(found.file)}
                onClick={() => {
                  const { docId, backup } = found
                  if (docId === null || backup === null) return
                  void backups
                    .restore(docId, backup.id)
                    .then((ok) => ok && setRestored((done) => [...done, found.file]))
                }}
              >
                {restored.includes(found.file)
                  ? 'Restored'
                  : `Restore the backup of ${backupTime(found.backup.takenAt)} (${found.backup.spanCount} spans)`}
              </button>
            )}
          </li>
        ))}
      </ul>
    </Dialog>
  )
}
