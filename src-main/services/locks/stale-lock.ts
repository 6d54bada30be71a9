import type { LockHolder } from './lock-holder'
import type { ProcessStart } from './process-start'

/** A lock file as another process finds it. */
export interface SeenLock {
  /** `null`: the file does not hold a holder record (being written, or cut short by a crash). */
  readonly holder: LockHolder | null
  /** How long ago the file was last written or refreshed (its modification time). */
  readonly ageMs: number
}

export interface StaleRules {
  /** This machine's name: only here can a pid be checked. */
  readonly hostname: string
  /** A lock not refreshed for this long is stale whoever holds it. */
  readonly staleAfterMs: number
  readonly isAlive: (pid: number) => boolean
  /** When a running process on this machine started; `null` where that cannot be told. */
  readonly startOf: (pid: number) => ProcessStart | null
}

// Between creating a lock file and writing its record another process may look: an empty or
// half-written file this young is being taken, not abandoned.
export const UNFINISHED_GRACE_MS = 10_000

/**
 * Why the lock `seen` is stale (may be taken over without asking), or `null` when its holder
 * may still be writing. Stale: its process is gone (same machine, pid not alive), it has not
 * been refreshed for `staleAfterMs` (any machine: a crashed or switched-off colleague's), its
 * pid now belongs to another process (same machine: the recorded start differs from the
 * running one's; records without a start, and systems without /proc, wait for the refresh
 * time as before), or its record was never finished.
 */
export function staleReason(seen: SeenLock, rules: StaleRules): string | null {
  const { holder } = seen
  if (holder === null) {
    return seen.ageMs > UNFINISHED_GRACE_MS ? 'its record was never finished' : null
  }
  if (seen.ageMs > rules.staleAfterMs) return 'it has not been refreshed'
  if (holder.hostname !== rules.hostname) return null
  if (!rules.isAlive(holder.pid)) return `process ${holder.pid} is no longer running`
  return reusedPidReason(holder, rules)
}

// After a crash and a reboot, or in a container, the holder's pid may be given to an
// unrelated process: alive, but not the holder.
function reusedPidReason(holder: LockHolder, rules: StaleRules): string | null {
  const recorded = holder.processStart
  if (recorded === undefined) return null
  const running = rules.startOf(holder.pid)
  if (running === null) return null
  if (running.bootId !== recorded.bootId) {
    return `process ${holder.pid} is no longer running (the machine has restarted since)`
  }
  if (running.ticks !== recorded.ticks) {
    return `process ${holder.pid} is no longer running (its pid now belongs to another process)`
  }
  return null
}

/** Whether process `pid` exists on this machine (`kill -0`: EPERM means it does, not ours). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'
  }
}
