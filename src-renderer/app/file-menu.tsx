import { useCallback, useRef, useState } from 'react'

import { useDismiss } from '../components/use-dismiss'

import { useAppState, useCommands } from '../state/use-store'
import { useImportPick } from '../import/import-pickers'
import { openDocumentListed } from '../state/shown-documents'

/** File: projects, import, export and settings, as in any desktop app. */
export function FileMenu() {
  const [open, setOpen] = useState(false)
  const ref = useRef<HTMLDivElement>(null)
  const hasProject = useAppState((state) => state.session?.project != null)
  const canRename = useAppState(openDocumentListed)
  const { session, ui, documentList } = useCommands()
  const pick = useImportPick()

  const close = useCallback(() => setOpen(false), [])
  useDismiss(ref, open, close)

  const item = (label: string, action: () => void, enabled = true) => (
    <button
      type="button"
      role="menuitem"
      disabled={!enabled}
      onClick={() => {
        setOpen(false)
        action()
      }}
    >
      {label}
    </button>
  )

  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        className="menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        File
      </button>
      {open && (
        <div role="menu" aria-label="File" className="menu-list">
          {item('New Project…', () => void session.chooseProject('new'))}
          {item('Open Project…', () => void session.chooseProject('open'))}
          {item('Join a team project…', () => ui.openDialog({ kind: 'join-team' }))}
          <hr />
          {item('Import files…', () => pick('files'), hasProject)}
          {item('Import folder…', () => pick('folder'), hasProject)}
          {item(
            'Import annotations…',
            () => ui.openDialog({ kind: 'import-annotations' }),
            hasProject,
          )}
          {item("Merge colleague's project…", () => ui.openDialog({ kind: 'merge' }), hasProject)}
          {item('Export…', () => ui.openDialog({ kind: 'export' }), hasProject)}
          {item('Rename document… (F2)', () => documentList.startRename(), canRename)}
          <hr />
          {item('Settings', () => ui.openDialog({ kind: 'settings' }), hasProject)}
        </div>
      )}
    </div>
  )
}
