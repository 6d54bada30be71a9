import type { GlossError } from '../core/result'

/** A failure for a message box: what happened, the file, and what to do. */
export const describeError = (error: GlossError): string =>
  [error.message, error.file && `File: ${error.file}`, error.hint].filter(Boolean).join('\n')
