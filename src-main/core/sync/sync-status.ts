/** What the Sync button shows: whether sync is set up, and how far this copy is from the team's. */
export interface SyncStatus {
  /** `false`: no git on this machine (the message says what to do). */
  readonly gitFound: boolean
  readonly remote: string | null
  readonly branch: string | null
  /** Commits here the team has not got, and theirs not here (as of the last look at the team). */
  readonly ahead: number
  readonly behind: number
  /** Project files changed since the last sync's commit. */
  readonly unsynced: number
}
