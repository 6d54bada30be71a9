import { KeySheetButton } from '../keys/key-sheet-button'
import { useAppState, useCommands } from '../state/use-store'
import { SearchButton } from '../search/search-button'
import { ShareMenu } from '../sync/share-menu'
import { SyncButton } from '../sync/sync-button'
import { FileMenu } from './file-menu'
import { SaveStateView } from './save-state'
import { ViewTabs } from './view-tabs'

export function TopBar() {
  const projectName = useAppState((state) => state.session?.project?.name)
  const annotator = useAppState((state) => state.session?.annotator)
  const hasProject = useAppState((state) => state.session?.project != null)
  const { ui } = useCommands()
  return (
    <header className="top-bar">
      <span className="brand">Gloss</span>
      <FileMenu />
      <ShareMenu />
      <span className="project-name" title="Project">
        {projectName ?? 'No project open'}
      </span>
      {hasProject && <ViewTabs />}
      <span className="spacer" />
      {hasProject && <SearchButton onOpen={() => ui.openDialog({ kind: 'search' })} />}
      {hasProject && <SyncButton />}
      <SaveStateView />
      <KeySheetButton />
      {annotator && (
        <button
          type="button"
          className="annotator"
          aria-label={`Annotator: ${annotator} (change in Settings)`}
          disabled={!hasProject}
          onClick={() => ui.openDialog({ kind: 'settings' })}
        >
          <span className="annotator-dot" aria-hidden="true" />
          {annotator}
        </button>
      )}
    </header>
  )
}
