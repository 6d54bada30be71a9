import type { ErrorCode, GlossError } from '@core/result'

// Failures that can pass by themselves: the disk (full, remounted read-only, a file a sync
// client or antivirus holds) or the host out of reach. A conflict or input the host refuses
// cannot: those wait for the analyst.
const PASSING: ReadonlySet<ErrorCode> = new Set(['unwritable', 'internal'])

/** The waits before automatic retries: 2 s, then twice as long each time, up to a minute. */
export const retryWaitMs = (attempt: number): number => Math.min(60_000, 2_000 * 2 ** attempt)

export interface SaveRetry {
  /** Calls `retry` after the next wait if `error` may pass by itself; says whether it will. */
  after(error: GlossError, retry: () => void): boolean
  /** A save went through: the next failure is retried after the shortest wait again. */
  succeeded(): void
  /** Drops the retry that was coming (the analyst retries now). */
  cancel(): void
}

/** Retries a failed save by itself, waiting longer after each failure in a row. */
export function createSaveRetry(): SaveRetry {
  let attempt = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  const cancel = (): void => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }
  return {
    after(error, retry) {
      cancel()
      if (!PASSING.has(error.code)) return false
      timer = setTimeout(() => {
        timer = null
        retry()
      }, retryWaitMs(attempt))
      attempt++
      return true
    },
    succeeded: () => void (attempt = 0),
    cancel,
  }
}
