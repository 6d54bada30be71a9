import { z } from 'zod'

import type { SyncSummary } from '../core/sync/sync-summary'
import type { SyncStatus } from '../core/sync/sync-status'
import type { ProjectSummary } from './endpoints'

// What git itself accepts as a remote: a path, file://, ssh://, user@host:path, https://.
const remoteSchema = z.string().trim().min(1).max(2000)

/** Team sync through git: part of THE API (spread into `endpoints`). */
export const syncEndpoints = {
  /**
   * Whether team sync is set up for the open project, and how far it is from the team's copy;
   * `lookAtTeam` fetches the team's commits first (quietly: offline keeps the last view).
   */
  getSyncStatus: {
    input: z.object({ lookAtTeam: z.boolean().optional() }).strict(),
    output: {} as SyncStatus,
  },
  /**
   * Syncs the open project with its team remote (`remote` sets or changes it; needed the
   * first time): commits this machine's work, fetches, merges, pushes. The views refresh
   * through the project watch; the summary says what came in and went out.
   */
  syncProject: {
    input: z.object({ remote: remoteSchema.optional() }).strict(),
    output: {} as SyncSummary,
  },
  /** Clones a team's project from `remote` into `path` (new or empty) and opens it. */
  joinTeamProject: {
    input: z.object({ remote: remoteSchema, path: z.string().min(1) }).strict(),
    output: {} as ProjectSummary,
  },
}
