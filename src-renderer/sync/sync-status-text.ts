import type { SyncStatus } from '@core/sync/sync-status'

const changes = (count: number): string => `${count} ${count === 1 ? 'change' : 'changes'}`

/**
 * What the Sync button says beside its name: work not yet committed here comes first (it is
 * what the next Sync sends), then commits either side lacks as of the last fetch.
 */
export function syncStatusText(status: SyncStatus): string {
  const parts: string[] = []
  if (status.unsynced > 0) parts.push(`${changes(status.unsynced)} not synced`)
  // An arrow only for a side that lacks something: "↑0" is nothing to read.
  const arrows = [
    ...(status.ahead > 0 ? [`↑${status.ahead}`] : []),
    ...(status.behind > 0 ? [`↓${status.behind}`] : []),
  ]
  if (arrows.length > 0) parts.push(arrows.join(' '))
  return parts.length === 0 ? 'Up to date' : parts.join(' · ')
}

/** The button's tooltip: the remote, and what the arrows mean. */
export function syncStatusTitle(status: SyncStatus): string {
  return [
    `Sync with the team (Ctrl/Cmd+Shift+S): ${status.remote ?? ''}`,
    `↑ commits here the team has not got, ↓ theirs not here yet (as of the last sync)`,
  ].join('\n')
}
