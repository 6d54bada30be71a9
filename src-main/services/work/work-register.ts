import type { WorkProgress } from '../../contract/work-endpoints'
import { GlossFailure } from '../../core/failure'

/** One long call in progress: its cancel signal and its progress. */
export interface Work {
  readonly signal: AbortSignal
  /** How many steps (documents) the call has; progress counts up to it. */
  setTotal(total: number): void
  /** One more step done. */
  advance(): void
  /** Throws the `cancelled` failure once the call was cancelled; call it between steps. */
  check(): void
  /** The call ended (done, failed or cancelled); it no longer counts. */
  finish(): void
}

/** The long calls one host is running, by the work id the UI gave them. */
export interface WorkRegister {
  /**
   * Starts following a call; without a work id it can be neither followed nor cancelled.
   * `cancelled`: what the call answers when cancelled ("The export was cancelled; …").
   */
  begin(workId: string | undefined, cancelled: string): Work
  /** Cancels the call; `false` when none of that id runs (a later `begin` of it is cancelled). */
  cancel(workId: string): boolean
  progress(workId: string): WorkProgress | null
}

// A cancel may overtake the call it cancels (two HTTP requests race): it is remembered for a
// while, so the call is cancelled when it arrives. Only the newest few are kept.
const REMEMBERED_CANCELS = 100

/** An empty register. */
export function createWorkRegister(): WorkRegister {
  const running = new Map<string, { controller: AbortController; progress: WorkProgress }>()
  const cancelledEarly = new Set<string>()
  return {
    begin(workId, cancelled) {
      const controller = new AbortController()
      const state = { controller, progress: { done: 0, total: 0 } }
      if (workId !== undefined) {
        if (cancelledEarly.delete(workId)) controller.abort()
        running.set(workId, state)
      }
      return {
        signal: controller.signal,
        setTotal: (total) => void (state.progress = { done: state.progress.done, total }),
        advance: () =>
          void (state.progress = {
            done: Math.min(state.progress.done + 1, state.progress.total),
            total: state.progress.total,
          }),
        check: () => {
          if (controller.signal.aborted)
            throw new GlossFailure({ code: 'cancelled', message: cancelled })
        },
        finish: () => {
          if (workId !== undefined && running.get(workId) === state) running.delete(workId)
        },
      }
    },
    cancel(workId) {
      const state = running.get(workId)
      if (state === undefined) {
        cancelledEarly.add(workId)
        for (const oldest of cancelledEarly) {
          if (cancelledEarly.size <= REMEMBERED_CANCELS) break
          cancelledEarly.delete(oldest)
        }
        return false
      }
      state.controller.abort()
      return true
    },
    progress: (workId) => running.get(workId)?.progress ?? null,
  }
}
