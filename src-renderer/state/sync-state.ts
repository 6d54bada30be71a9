import type { SyncStatus } from '@core/sync/sync-status'

/** The Sync button's view of team sync for the open project. */
export interface SyncViewState {
  /** As the host last said; `null` until asked (or when it could not say). */
  readonly status: SyncStatus | null
  /** A sync is running: the button says so and takes no second click. */
  readonly syncing: boolean
}

export const initialSyncState: SyncViewState = { status: null, syncing: false }
