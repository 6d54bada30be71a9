/** The most characters a title typed by hand may have (an imported one stops near 120). */
export const MAX_TITLE_LENGTH = 200

/** One line: no control characters (line breaks, tabs) and no line or paragraph separators. */
export const ONE_LINE = /^[^\p{Cc}\p{Zl}\p{Zp}]*$/u

/** What is wrong with a typed title, as the analyst reads it under the field (so: short). */
export const TITLE_PROBLEMS = {
  empty: 'A title cannot be empty.',
  tooLong: `A title has at most ${MAX_TITLE_LENGTH} characters.`,
  lines: 'A title is one line: no line breaks or tabs.',
} as const

/**
 * Why `typed` cannot be a document title once trimmed, or `null` when it can: the rules of
 * the contract's `documentTitleSchema`, for the UI to say at once, before asking the host.
 */
export function titleProblem(typed: string): string | null {
  const title = typed.trim().normalize('NFC')
  if (title.length === 0) return TITLE_PROBLEMS.empty
  if (title.length > MAX_TITLE_LENGTH) return TITLE_PROBLEMS.tooLong
  if (!ONE_LINE.test(title)) return TITLE_PROBLEMS.lines
  return null
}
