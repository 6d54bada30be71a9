import type { SyncSummary } from '@core/sync/sync-summary'

import type { AppState } from '../app-state'
import type { CommandContext } from '../context'
import { unwrap } from '../context'
import type { SaveQueue } from '../save-queue'
import type { SyncViewState } from '../sync-state'
import type { DiskChangeCommands } from './disk-changes'
import type { ReviewCommands } from './review'
import type { SessionCommands } from './session'

export interface SyncDeps {
  readonly session: SessionCommands
  readonly disk: Pick<DiskChangeCommands, 'poll'>
  readonly saves: Pick<SaveQueue, 'idle'>
  readonly review: Pick<ReviewCommands, 'refresh'>
}

const withSync = (state: AppState, sync: Partial<SyncViewState>): AppState => ({
  ...state,
  sync: { ...state.sync, ...sync },
})

/** Whether the sync replaced files of the analyst's own layer (theirs came in, or a conflict). */
const touchedMine = (summary: SyncSummary, me: string | undefined): boolean =>
  summary.incoming.people.some((change) => change.person === me) ||
  summary.conflicts.some((conflict) => conflict.person === me)

/** Team sync through git: the Sync button's status, Sync itself, and joining a team. */
export function createSyncCommands(ctx: CommandContext, deps: SyncDeps) {
  const { store, client } = ctx

  const refreshStatus = async (options: { readonly lookAtTeam?: boolean } = {}): Promise<void> => {
    if (!store.get().session?.project) {
      store.update((state) => withSync(state, { status: null }))
      return
    }
    // A status the host cannot read is no news for a banner: Sync itself says what is wrong.
    const result = await client.getSyncStatus(
      options.lookAtTeam === true ? { lookAtTeam: true } : {},
    )
    store.update((state) => withSync(state, { status: result.ok ? result.value : null }))
  }

  const sync = async (remote?: string): Promise<boolean> => {
    if (store.get().sync.syncing) return false
    store.update((state) => withSync(state, { syncing: true }))
    // Sync sends what the window shows: every edit made so far is on disk first.
    await deps.saves.idle()
    const summary = unwrap(
      ctx,
      await client.syncProject(remote === undefined ? {} : { remote: remote.trim() }),
    )
    store.update((state) => withSync(state, { syncing: false }))
    if (summary) {
      const me = store.get().session?.annotator
      store.update((state) => ({
        ...state,
        dialog: { kind: 'sync-summary', summary },
        // The undo stacks were made on files the team's version has replaced.
        histories: touchedMine(summary, me) ? {} : state.histories,
      }))
      // The project watch would bring the changes in on its next poll; now is sooner.
      await deps.disk.poll()
      // Review lists the annotators it knows; a colleague's first layer is a new one.
      if (store.get().view === 'review' && summary.incoming.people.length > 0) {
        await deps.review.refresh()
      }
    }
    await refreshStatus()
    return summary !== null
  }

  return {
    /** Asks the host how far this copy is from the team's (`lookAtTeam`: fetching first). */
    refreshStatus,

    /**
     * Share → Team sync… and the Sync button: commits this machine's work, fetches, merges,
     * pushes (`remote` sets or changes the team remote). On success the summary dialog
     * opens and the views refresh; a failure is shown with the host's message and hint.
     */
    sync,

    /** Ctrl/Cmd+Shift+S: Sync when a team remote is set, else the Team sync dialog. */
    syncOrSetUp: (): boolean => {
      if (!store.get().session?.project) return false
      if (store.get().sync.status?.remote) void sync()
      else store.update((state) => ({ ...state, dialog: { kind: 'team-sync' } }))
      return true
    },

    /** Clones the team's project from `remote` into `path` and makes it the workspace's. */
    join: async (remote: string, path: string): Promise<boolean> => {
      const project = unwrap(ctx, await client.joinTeamProject({ remote, path }))
      if (!project) return false
      await deps.session.showProject(project)
      await refreshStatus()
      return true
    },

    /** Electron: a native dialog for the folder to join into; `null` when cancelled. */
    pickJoinFolder: async (): Promise<string | null> =>
      unwrap(ctx, await client.pickProjectFolder({ purpose: 'new' }))?.path ?? null,
  }
}

export type SyncCommands = ReturnType<typeof createSyncCommands>
