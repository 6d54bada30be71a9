import { useAppState, useCommands } from '../state/use-store'
import { syncStatusText, syncStatusTitle } from './sync-status-text'
import { useSyncStatusRefresh } from './use-sync-status-refresh'

/** The top bar's Sync, shown once the project has a team remote, with how far it is from the team's. */
export function SyncButton() {
  const { sync } = useCommands()
  const status = useAppState((state) => state.sync.status)
  const syncing = useAppState((state) => state.sync.syncing)
  useSyncStatusRefresh()
  if (!status?.remote) return null
  return (
    <button
      type="button"
      className="sync-button"
      aria-keyshortcuts="Control+Shift+S Meta+Shift+S"
      title={syncStatusTitle(status)}
      disabled={syncing}
      onClick={() => void sync.sync()}
    >
      {syncing ? (
        'Syncing…'
      ) : (
        <>
          Sync <span className="sync-status">{syncStatusText(status)}</span>
        </>
      )}
    </button>
  )
}
