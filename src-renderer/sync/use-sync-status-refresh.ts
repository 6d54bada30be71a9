import { useEffect } from 'react'

import { useAppState, useCommands } from '../state/use-store'

// Saves come in bursts while an analyst tags; one git status after the burst is enough.
const AFTER_SAVES_MS = 1_000
// How often the button looks at the team's remote (a fetch: no work-tree change), so ↓ says
// when colleagues have sent work; often enough to notice, rare enough for any remote.
const LOOK_AT_TEAM_MS = 5 * 60_000

/**
 * Reads the sync status when a project opens (looking at the team), again shortly after saves
 * or disk news, and looks at the team every few minutes while a remote is set.
 */
export function useSyncStatusRefresh(): void {
  const { sync } = useCommands()
  const project = useAppState((state) => state.session?.project?.path)
  const save = useAppState((state) => state.save)
  const diskSeq = useAppState((state) => state.disk.seq)
  const remote = useAppState((state) => state.sync.status?.remote ?? null)
  useEffect(() => {
    void sync.refreshStatus({ lookAtTeam: true })
  }, [sync, project])
  useEffect(() => {
    if (remote === null) return
    const timer = setInterval(() => void sync.refreshStatus({ lookAtTeam: true }), LOOK_AT_TEAM_MS)
    return () => clearInterval(timer)
  }, [sync, remote])
  useEffect(() => {
    if (save.kind !== 'saved' && diskSeq === 0) return
    const timer = setTimeout(() => void sync.refreshStatus(), AFTER_SAVES_MS)
    return () => clearTimeout(timer)
  }, [sync, save, diskSeq])
}
