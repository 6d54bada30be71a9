import { useState } from 'react'

import { Dialog } from '../components/dialog'
import { useCommands } from '../state/use-store'

/** The browser host has no native folder dialog: New/Open Project asks for a path. */
export function ProjectDialog({ purpose }: { readonly purpose: 'new' | 'open' }) {
  const { session, ui } = useCommands()
  const [path, setPath] = useState('')
  const [create, setCreate] = useState(purpose === 'new')
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    if (!path.trim()) return
    setBusy(true)
    await session.openProject(path.trim(), create)
    setBusy(false)
  }
  return (
    <Dialog
      title={purpose === 'new' ? 'New project' : 'Open project'}
      onClose={ui.closeDialog}
      footer={
        <>
          <button type="button" onClick={ui.closeDialog}>
            Cancel
          </button>
          <button
            type="submit"
            form="project-form"
            className="primary"
            disabled={busy || !path.trim()}
          >
            {purpose === 'new' ? 'Create' : 'Open'}
          </button>
        </>
      }
    >
      <form
        id="project-form"
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <label className="field">
          <span>Project folder (full path on the machine running Gloss)</span>
          <input
            autoFocus
            value={path}
            placeholder="/home/me/Documents/Gloss/elections-2024"
            onChange={(event) => setPath(event.target.value)}
            spellCheck={false}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={create}
            onChange={(event) => setCreate(event.target.checked)}
          />
          Create the folder if it does not exist
        </label>
        {purpose === 'open' && (
          <p className="field-help">
            A colleague shares theirs through git?{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => ui.openDialog({ kind: 'join-team' })}
            >
              Join a team project…
            </button>
          </p>
        )}
      </form>
    </Dialog>
  )
}
