import { MenuButton, SEPARATOR } from '../components/menu-button'
import { useAppState, useCommands } from '../state/use-store'
import { useImportPick } from '../import/import-pickers'
import { openDocumentListed } from '../state/shown-documents'

/** File: projects, import, export and settings, as in any desktop app. */
export function FileMenu() {
  const hasProject = useAppState((state) => state.session?.project != null)
  const canRename = useAppState(openDocumentListed)
  const { session, ui, documentList } = useCommands()
  const pick = useImportPick()

  return (
    <MenuButton
      label="File"
      items={[
        { label: 'New Project…', action: () => void session.chooseProject('new') },
        { label: 'Open Project…', action: () => void session.chooseProject('open') },
        { label: 'Join a team project…', action: () => ui.openDialog({ kind: 'join-team' }) },
        SEPARATOR,
        { label: 'Import files…', action: () => pick('files'), enabled: hasProject },
        { label: 'Import folder…', action: () => pick('folder'), enabled: hasProject },
        {
          label: 'Import annotations…',
          action: () => ui.openDialog({ kind: 'import-annotations' }),
          enabled: hasProject,
        },
        {
          label: "Merge colleague's project…",
          action: () => ui.openDialog({ kind: 'merge' }),
          enabled: hasProject,
        },
        { label: 'Export…', action: () => ui.openDialog({ kind: 'export' }), enabled: hasProject },
        {
          label: 'Rename document… (F2)',
          action: () => documentList.startRename(),
          enabled: canRename,
        },
        SEPARATOR,
        {
          label: 'Settings',
          action: () => ui.openDialog({ kind: 'settings' }),
          enabled: hasProject,
        },
      ]}
    />
  )
}
