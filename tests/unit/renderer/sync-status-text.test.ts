import { describe, expect, it } from 'vitest'

import type { SyncStatus } from '../../../src-main/core/sync/sync-status'
import { syncStatusText } from '../../../src-renderer/sync/sync-status-text'

const status = (counts: Partial<SyncStatus>): SyncStatus => ({
  gitFound: true,
  remote: '/mnt/shared/team.git',
  branch: 'main',
  ahead: 0,
  behind: 0,
  unsynced: 0,
  ...counts,
})

describe('the Sync button’s status', () => {
  it.each([
    [{}, 'Up to date'],
    [{ unsynced: 1 }, '1 change not synced'],
    [{ unsynced: 3 }, '3 changes not synced'],
    [{ ahead: 2, behind: 1 }, '↑2 ↓1'],
    [{ behind: 4 }, '↓4'],
    [{ ahead: 1 }, '↑1'],
    [{ unsynced: 2, ahead: 1 }, '2 changes not synced · ↑1'],
  ] as const)('%j reads %j', (counts, text) => {
    expect(syncStatusText(status(counts))).toBe(text)
  })
})
