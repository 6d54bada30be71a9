/** How much of the old text on each side of a span identifies where it was. */
export const CONTEXT_LENGTH = 32

/** A span's text as it stood in the old text, with what stood before and after it. */
export interface QuoteContext {
  readonly quote: string
  readonly prefix: string
  readonly suffix: string
}

/** The quote of `start`–`end` in `text`, with up to 32 characters of context each side. */
export function quoteContext(text: string, start: number, end: number): QuoteContext {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  }
}

/**
 * How many characters of the old context the new text has around the quote at `at`: the
 * characters just before it that end like the prefix, plus those just after that begin like
 * the suffix.
 */
export function contextScore(text: string, at: number, context: QuoteContext): number {
  const { prefix, suffix, quote } = context
  let before = 0
  while (
    before < prefix.length &&
    at - before - 1 >= 0 &&
    text.charCodeAt(at - before - 1) === prefix.charCodeAt(prefix.length - before - 1)
  ) {
    before++
  }
  const end = at + quote.length
  let after = 0
  while (
    after < suffix.length &&
    end + after < text.length &&
    text.charCodeAt(end + after) === suffix.charCodeAt(after)
  ) {
    after++
  }
  return before + after
}

/** Whether the quote stands at `at` with all of its old context around it. */
export const fullContextAt = (text: string, at: number, context: QuoteContext): boolean =>
  text.startsWith(context.quote, at) &&
  contextScore(text, at, context) === context.prefix.length + context.suffix.length
