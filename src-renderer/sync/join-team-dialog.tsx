import { useEffect, useRef, useState } from 'react'

import { Dialog } from '../components/dialog'
import { useAppState, useCommands } from '../state/use-store'
import { RemoteField } from './remote-field'

/**
 * Join a team project…: the team remote and a new (or empty) folder to copy the project
 * into; then that project is open here. Electron picks the folder with its own dialog.
 */
export function JoinTeamDialog() {
  const { sync, ui } = useCommands()
  const electron = useAppState((state) => state.session?.host === 'electron')
  const [remote, setRemote] = useState('')
  const [path, setPath] = useState('')
  const [busy, setBusy] = useState(false)
  const field = useRef<HTMLInputElement>(null)
  // After the dialog's own effect has opened it (which focuses its first button).
  useEffect(() => field.current?.focus(), [])
  const ready = remote.trim() !== '' && path.trim() !== ''
  const join = async () => {
    setBusy(true)
    // On success the project opens and this dialog closes with the old workspace.
    await sync.join(remote.trim(), path.trim())
    setBusy(false)
  }
  const pick = async () => {
    const picked = await sync.pickJoinFolder()
    if (picked !== null) setPath(picked)
  }

  return (
    <Dialog
      title="Join a team project"
      onClose={ui.closeDialog}
      footer={
        <>
          <button type="button" onClick={ui.closeDialog}>
            Cancel
          </button>
          <button type="submit" form="join-team-form" className="primary" disabled={busy || !ready}>
            {busy ? 'Joining…' : 'Join'}
          </button>
        </>
      }
    >
      <form
        id="join-team-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (ready) void join()
        }}
      >
        <RemoteField
          id="join-team-remote"
          ref={field}
          value={remote}
          disabled={busy}
          onChange={setRemote}
        />
        <div className="field">
          <label className="field-label" htmlFor="join-team-path">
            New project folder (full path on the machine running Gloss; new or empty)
          </label>
          <div className="picker-row">
            <input
              id="join-team-path"
              className="grow"
              value={path}
              placeholder="/home/me/Documents/Gloss/elections-2024"
              spellCheck={false}
              disabled={busy}
              onChange={(event) => setPath(event.target.value)}
            />
            {electron && (
              <button type="button" onClick={() => void pick()} disabled={busy}>
                Choose folder…
              </button>
            )}
          </div>
        </div>
        <p className="field-help">
          Gloss copies the team&apos;s project into this folder and opens it. You annotate in your
          own layer; Sync sends it to the team and brings theirs.
        </p>
      </form>
    </Dialog>
  )
}
