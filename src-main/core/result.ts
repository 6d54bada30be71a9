/** Why a request failed, in words a user can act on. Crosses IPC and HTTP unchanged. */
export interface GlossError {
  readonly code: ErrorCode
  readonly message: string
  /** The file the error is about, when there is one. */
  readonly file?: string
  /** What the user can do about it. */
  readonly hint?: string
}

export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'no-project'
  | 'unreadable-file'
  | 'unwritable'
  | 'refused-file'
  | 'forbidden'
  | 'unsupported'
  | 'conflict'
  /** The file changed on disk after the version an edit was made on was read. */
  | 'changed-on-disk'
  /** The user cancelled a long call; it wrote nothing half. */
  | 'cancelled'
  /** A remote (a team's git repository) could not be reached; nothing local was lost. */
  | 'unreachable'
  | 'internal'

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: GlossError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (error: GlossError): Result<never> => ({ ok: false, error })
