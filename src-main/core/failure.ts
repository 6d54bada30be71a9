import type { ErrorCode, GlossError } from './result'

/**
 * Thrown inside services for errors a user can cause; the contract boundary turns it into
 * a `Result` so the UI shows `message` and `hint` as they are.
 */
export class GlossFailure extends Error {
  readonly code: ErrorCode
  readonly file?: string
  readonly hint?: string

  constructor(error: GlossError) {
    super(error.message)
    this.name = 'GlossFailure'
    this.code = error.code
    if (error.file !== undefined) this.file = error.file
    if (error.hint !== undefined) this.hint = error.hint
  }

  toError(): GlossError {
    return {
      code: this.code,
      message: this.message,
      ...(this.file !== undefined && { file: this.file }),
      ...(this.hint !== undefined && { hint: this.hint }),
    }
  }
}
