import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'

import { z } from 'zod'

import { processStartOf, type ProcessStart } from './process-start'

/** Who holds a lock: what a lock file holds, and what a refusal tells the user. */
export interface LockHolder {
  /** The program, in words a user recognises: "Gloss (desktop app)", "gloss import". */
  readonly program: string
  readonly pid: number
  /**
   * When process `pid` started (Linux), so a lock is not held by a later process that was
   * given the same pid after a crash and reboot, or in a container. Absent where it cannot
   * be read, and in lock files written before Gloss recorded it.
   */
  readonly processStart?: ProcessStart
  readonly hostname: string
  /** When the lock was taken (ISO 8601, UTC). */
  readonly startedAt: string
  /** The layer a layer lock is for; absent on the project-wide shared-files lock. */
  readonly annotator?: string
  /** Tells this holder's lock from a later one of the same process (pids are reused). */
  readonly token: string
}

export const lockHolderSchema: z.ZodType<LockHolder> = z.object({
  program: z.string().min(1).max(200),
  pid: z.number().int().positive(),
  processStart: z
    .object({ bootId: z.string().min(1).max(64), ticks: z.number().int().nonnegative() })
    .optional(),
  hostname: z.string().max(255),
  startedAt: z.string().min(1).max(64),
  annotator: z.string().min(1).max(64).optional(),
  token: z.string().min(1).max(64),
})

// Set once by each shell at start; the services below it cannot know which program they run in.
let programName = 'Gloss'

// This process started once: read /proc for it once, not at every lock it takes.
let ownStart: ProcessStart | null | undefined
const ownProcessStart = (): ProcessStart | null => (ownStart ??= processStartOf(process.pid))

/** Names the running program in the locks it takes ("Gloss browser host", "gloss import"). */
export function nameThisProgram(name: string): void {
  programName = name
}

/** A new holder record for this process, for the layer `annotator` (none: shared files). */
export function thisProcessHolder(annotator?: string): LockHolder {
  const processStart = ownProcessStart()
  return {
    program: programName,
    pid: process.pid,
    ...(processStart !== null && { processStart }),
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    ...(annotator !== undefined && { annotator }),
    token: randomBytes(8).toString('hex'),
  }
}
