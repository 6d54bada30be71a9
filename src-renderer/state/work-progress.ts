import type { GlossClient } from '@contract/endpoints'
import type { WorkProgress } from '@contract/work-endpoints'

/** How often a dialog asks how far a long call has got. */
export const WORK_POLL_MS = 200

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** A fresh id for one long call (`workId` in the contract). */
export const newWorkId = (): string => crypto.randomUUID()

/**
 * Polls `workProgress` for the call `workId` until the returned `stop()`; answers that arrive
 * after it are dropped.
 */
export function followWork(
  client: GlossClient,
  workId: string,
  onProgress: (progress: WorkProgress) => void,
): () => void {
  let running = true
  void (async () => {
    while (running) {
      await delay(WORK_POLL_MS)
      if (!running) return
      const progress = await client.workProgress({ workId })
      if (running && progress.ok && progress.value) onProgress(progress.value)
    }
  })()
  return () => {
    running = false
  }
}
