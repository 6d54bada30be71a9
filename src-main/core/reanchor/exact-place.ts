import { contextScore, type QuoteContext } from './quote-context'

// Of several occurrences, the best must keep this much of its old context (or all there
// is) to count as the span's place; "the" with a space on either side proves nothing.
const CONTEXT_NEEDED = 8

/** Where the exact quote stands in the new text, or why it could not be settled. */
export type ExactFind =
  | { readonly found: true; readonly start: number }
  | { readonly found: false; readonly occurrences: number }

/**
 * The exact quote in the new text: its only occurrence, or the occurrence whose context
 * matches the old context best (nearest to `near`, where the diff carried the span, on a
 * tie). Several occurrences none of which keeps enough of the context are not settled here.
 */
export function findExact(text: string, context: QuoteContext, near: number): ExactFind {
  const { quote } = context
  const starts: number[] = []
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    starts.push(at)
  }
  const [only] = starts
  if (only === undefined) return { found: false, occurrences: 0 }
  if (starts.length === 1) return { found: true, start: only }
  let best = only
  let bestScore = -1
  for (const at of starts) {
    const score = contextScore(text, at, context)
    const closer = Math.abs(at - near) < Math.abs(best - near)
    if (score > bestScore || (score === bestScore && closer)) {
      best = at
      bestScore = score
    }
  }
  const available = context.prefix.length + context.suffix.length
  if (bestScore >= Math.min(CONTEXT_NEEDED, available)) return { found: true, start: best }
  return { found: false, occurrences: starts.length }
}
