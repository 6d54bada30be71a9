import { beforeEach, describe, expect, it, vi } from 'vitest'

import type { GlossClient, Input, ProjectSummary } from '../../../src-main/contract/endpoints'
import type { Result } from '../../../src-main/core/result'
import type { SyncStatus } from '../../../src-main/core/sync/sync-status'
import type { SyncSummary } from '../../../src-main/core/sync/sync-summary'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { createFakeClient, SESSION } from './fake-client'

const REMOTE = '/mnt/shared/team.git'

const SET_UP: SyncStatus = {
  gitFound: true,
  remote: REMOTE,
  branch: 'main',
  ahead: 0,
  behind: 0,
  unsynced: 0,
}
const NOT_SET_UP: SyncStatus = { ...SET_UP, remote: null, branch: null }

const SUMMARY: SyncSummary = {
  remote: REMOTE,
  branch: 'main',
  committed: 'Gloss on lan-laptop: lan: 1 document (+2 spans)',
  incoming: {
    people: [{ folder: 'annotations', person: 'bob', documents: 1, spansBefore: 0, spansAfter: 3 }],
    newDocuments: [],
    sharedFiles: [],
  },
  outgoing: {
    people: [{ folder: 'annotations', person: 'lan', documents: 1, spansBefore: 0, spansAfter: 2 }],
    newDocuments: [],
    sharedFiles: [],
  },
  conflicts: [],
  clashes: [],
  notes: [],
  pushed: true,
}

const UNREACHABLE = {
  code: 'unreachable',
  message: `Could not reach the team remote "${REMOTE}": fatal: not a git repository`,
  hint: 'Your work is committed on this machine and nothing was lost. Check the path or network, then Sync again.',
} as const

const JOINED: ProjectSummary = { ...SESSION.project!, path: '/home/lan/team', name: 'team' }

describe('sync commands', () => {
  let store: Store<AppState>
  let commands: Commands
  let status: SyncStatus
  let synced: Input<'syncProject'>[]
  let looked: Input<'getSyncStatus'>[] = []
  let syncResult: Result<SyncSummary>
  let joined: Input<'joinTeamProject'>[]

  beforeEach(async () => {
    status = NOT_SET_UP
    synced = []
    joined = []
    syncResult = { ok: true, value: SUMMARY }
    const client = {
      ...createFakeClient().client,
      getSyncStatus: async (input: Input<'getSyncStatus'>) => {
        looked.push(input)
        return { ok: true, value: status }
      },
      syncProject: async (input: Input<'syncProject'>) => {
        synced.push(input)
        if (syncResult.ok) status = SET_UP
        return syncResult
      },
      pollChanges: async () => ({
        ok: true,
        value: { cursor: { log: 'l', seq: 0 }, changes: [], reset: false },
      }),
      joinTeamProject: async (input: Input<'joinTeamProject'>) => {
        joined.push(input)
        return { ok: true, value: JOINED }
      },
    } as unknown as GlossClient
    store = createStore(initialAppState)
    commands = createCommands({ store, client })
    await commands.session.loadSession()
  })

  it('keeps the host’s sync status for the Sync button', async () => {
    status = { ...SET_UP, ahead: 2, behind: 1 }
    await commands.sync.refreshStatus()
    expect(store.get().sync).toEqual({ status: { ...SET_UP, ahead: 2, behind: 1 }, syncing: false })
  })

  it('syncs with the typed remote, then shows the summary and the new status', async () => {
    commands.ui.openDialog({ kind: 'team-sync' })
    expect(await commands.sync.sync('  /mnt/shared/team.git ')).toBe(true)
    expect(synced).toEqual([{ remote: REMOTE }])
    expect(store.get().dialog).toEqual({ kind: 'sync-summary', summary: SUMMARY })
    expect(store.get().sync).toEqual({ status: SET_UP, syncing: false })
  })

  it('says it is syncing until the host answers', async () => {
    const running = commands.sync.sync(REMOTE)
    expect(store.get().sync.syncing).toBe(true)
    await running
    expect(store.get().sync.syncing).toBe(false)
  })

  it('shows a failed sync’s message and hint and leaves the dialog as it was', async () => {
    syncResult = { ok: false, error: UNREACHABLE }
    commands.ui.openDialog({ kind: 'team-sync' })
    expect(await commands.sync.sync(REMOTE)).toBe(false)
    expect(store.get().errors.map((shown) => shown.error)).toEqual([UNREACHABLE])
    expect(store.get().dialog).toEqual({ kind: 'team-sync' })
    expect(store.get().sync).toEqual({ status: NOT_SET_UP, syncing: false })
  })

  it('drops the undo stacks when the sync replaced files of the analyst’s own layer', async () => {
    store.update((state) => ({ ...state, histories: { doc: { undo: [], redo: [] } } }))
    syncResult = {
      ok: true,
      value: {
        ...SUMMARY,
        conflicts: [
          { folder: 'annotations', person: 'lan', keptAs: 'lan-conflict-pc', documents: 1 },
        ],
      },
    }
    await commands.sync.sync(REMOTE)
    expect(store.get().histories).toEqual({})
  })

  it('keeps the undo stacks when only colleagues’ layers came in', async () => {
    store.update((state) => ({ ...state, histories: { doc: { undo: [], redo: [] } } }))
    await commands.sync.sync(REMOTE)
    expect(store.get().histories).toEqual({ doc: { undo: [], redo: [] } })
  })

  it('asks the host to look at the team only when told to', async () => {
    looked = []
    await commands.sync.refreshStatus()
    await commands.sync.refreshStatus({ lookAtTeam: true })
    expect(looked).toEqual([{}, { lookAtTeam: true }])
  })

  it('opens Team sync from the key while the project has no remote', async () => {
    await commands.sync.refreshStatus()
    expect(commands.sync.syncOrSetUp()).toBe(true)
    expect(store.get().dialog).toEqual({ kind: 'team-sync' })
    expect(synced).toEqual([])
  })

  it('syncs from the key once a remote is set', async () => {
    status = SET_UP
    await commands.sync.refreshStatus()
    expect(commands.sync.syncOrSetUp()).toBe(true)
    await vi.waitFor(() => expect(synced).toEqual([{}]))
  })

  it('joins a team: clones into the folder and opens that project', async () => {
    commands.ui.openDialog({ kind: 'join-team' })
    expect(await commands.sync.join(REMOTE, '/home/lan/team')).toBe(true)
    expect(joined).toEqual([{ remote: REMOTE, path: '/home/lan/team' }])
    expect(store.get().session?.project).toEqual(JOINED)
    expect(store.get().dialog).toBeNull()
  })
})
