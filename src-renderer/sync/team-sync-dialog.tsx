import { useEffect, useRef, useState } from 'react'

import { Dialog } from '../components/dialog'
import { useAppState, useCommands } from '../state/use-store'
import { RemoteField } from './remote-field'

/**
 * Share → Team sync…: the team remote (prefilled with the project's), what Sync does, and
 * Sync now. A failure stays in this dialog with the host's message and hint; on success
 * the summary takes its place.
 */
export function TeamSyncDialog() {
  const { sync, ui } = useCommands()
  const current = useAppState((state) => state.sync.status?.remote ?? null)
  const syncing = useAppState((state) => state.sync.syncing)
  // The status may arrive after the dialog opened; what the analyst typed wins.
  const [typed, setTyped] = useState<string | null>(null)
  const remote = typed ?? current ?? ''
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => void sync.refreshStatus(), [sync])
  // After the dialog's own effect has opened it (which focuses its first button).
  useEffect(() => field.current?.focus(), [])

  return (
    <Dialog
      title="Team sync"
      onClose={ui.closeDialog}
      footer={
        <>
          <button type="button" onClick={ui.closeDialog}>
            Cancel
          </button>
          <button
            type="submit"
            form="team-sync-form"
            className="primary"
            disabled={syncing || !remote.trim()}
          >
            {syncing ? 'Syncing…' : 'Sync now'}
          </button>
        </>
      }
    >
      <form
        id="team-sync-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (remote.trim()) void sync.sync(remote)
        }}
      >
        <RemoteField
          id="team-sync-remote"
          ref={field}
          value={remote}
          disabled={syncing}
          onChange={setTyped}
        />
        <p className="field-help">
          Gloss makes this project a git repository if needed and sends your layer and new
          documents; colleagues join with File → Join a team project…, and their layers come back
          the same way. Layers never conflict: each annotator writes only their own files.
        </p>
      </form>
    </Dialog>
  )
}
