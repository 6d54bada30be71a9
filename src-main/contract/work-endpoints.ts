import { z } from 'zod'

/** Names one long call (an export, a search) so it can be followed and cancelled; the UI picks it. */
export const workIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/u, 'letters, digits or dashes (at most 64)')

/** How far one long call has got. */
export interface WorkProgress {
  readonly done: number
  readonly total: number
}

/** Following and cancelling long calls: part of THE API (spread into `endpoints`). */
export const workEndpoints = {
  /**
   * Stops the long call started with `workId` soon (it answers with a `cancelled` error and
   * writes nothing half). `cancelled: false` when no such call runs (it has ended); a call
   * that starts after its cancel is cancelled at once.
   */
  cancelWork: {
    input: z.object({ workId: workIdSchema }).strict(),
    output: {} as { readonly cancelled: boolean },
  },
  /** How far the long call started with `workId` has got; `null` when none runs. */
  workProgress: {
    input: z.object({ workId: workIdSchema }).strict(),
    output: {} as WorkProgress | null,
  },
} as const
