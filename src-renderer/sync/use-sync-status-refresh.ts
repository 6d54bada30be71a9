import { useEffect } from 'react'

import { useAppState, useCommands } from '../state/use-store'

// Saves come in bursts while an analyst tags; one git status after the burst is enough.
const AFTER_SAVES_MS = 1_000

/** Reads the sync status when a project opens, and again shortly after saves or disk news. */
export function useSyncStatusRefresh(): void {
  const { sync } = useCommands()
  const project = useAppState((state) => state.session?.project?.path)
  const save = useAppState((state) => state.save)
  const diskSeq = useAppState((state) => state.disk.seq)
  useEffect(() => {
    void sync.refreshStatus()
  }, [sync, project])
  useEffect(() => {
    if (save.kind !== 'saved' && diskSeq === 0) return
    const timer = setTimeout(() => void sync.refreshStatus(), AFTER_SAVES_MS)
    return () => clearTimeout(timer)
  }, [sync, save, diskSeq])
}
