import type DiffMatchPatch from 'diff-match-patch'

import { isSurrogateSplit } from '../text/offsets'
import type { QuoteContext } from './quote-context'

// diff-match-patch's bitap matcher takes patterns of at most 32 characters (Match_MaxBits).
const PATTERN_MAX = 32
// Of each pattern, up to this much is context, the rest the quote's edge.
const CONTEXT_IN_PATTERN = 16
// Half each side of where the diff puts an edge: past Match_Distance a match cannot score.
const WINDOW = 1_000
// The placed text may differ from the old quote in about a third of its characters.
const QUOTE_CHANGE_MAX = 0.35

/** A stretch of the new text. */
export interface Placed {
  readonly start: number
  readonly end: number
}

/**
 * The quote found fuzzily in the new text. Long quotes do not fit the bitap matcher's
 * 32-character limit, so each edge is matched on its own: the span's start with a pattern of
 * old prefix + the quote's head, its end with the quote's tail + old suffix, each searched near
 * where the diff carried that edge. The text between must then be close to the old quote
 * (Levenshtein distance at most 35% of its length), so a changed word moves with the span and a
 * deleted sentence is not replaced by whatever follows it.
 */
export function findFuzzy(
  dmp: DiffMatchPatch,
  text: string,
  context: QuoteContext,
  near: Placed,
): Placed | null {
  const { prefix, quote, suffix } = context
  const before = prefix.slice(prefix.length - Math.min(prefix.length, CONTEXT_IN_PATTERN))
  const head = (before + quote + suffix).slice(0, PATTERN_MAX)
  const headAt = matchEdge(dmp, text, head, before.length, near.start)
  const after = suffix.slice(0, CONTEXT_IN_PATTERN)
  const lead = (prefix + quote).slice(-(PATTERN_MAX - after.length))
  const tailAt = matchEdge(dmp, text, lead + after, lead.length, near.end)
  if (headAt === null || tailAt === null) return null
  // Never between the two halves of an emoji: each edge moves out to the whole character.
  const start = isSurrogateSplit(text, headAt) ? headAt - 1 : headAt
  const end = isSurrogateSplit(text, tailAt) ? tailAt + 1 : tailAt
  if (end <= start) return null
  const distance = dmp.diff_levenshtein(dmp.diff_main(quote, text.slice(start, end), false))
  return distance <= quote.length * QUOTE_CHANGE_MAX ? { start, end } : null
}

/** Where the edge at `edge` of `pattern` falls in `text` when the pattern matches near `near`. */
function matchEdge(
  dmp: DiffMatchPatch,
  text: string,
  pattern: string,
  edge: number,
  near: number,
): number | null {
  const loc = Math.max(0, Math.min(text.length, near - edge))
  // Searched in a window: the bitap matcher allocates arrays as long as the text up to `loc`
  // for each error count (200 ms a span at the end of a 1M text), and a match farther than
  // Match_Distance scores worse than the threshold anyway.
  const from = Math.max(0, loc - WINDOW)
  const inWindow = dmp.match_main(
    text.slice(from, loc + WINDOW + pattern.length),
    pattern,
    loc - from,
  )
  if (inWindow === -1) return null
  const found = from + inWindow
  // The match may hold insertions or deletions: carry the edge through its own small diff.
  const window = text.slice(found, found + pattern.length)
  return found + dmp.diff_xIndex(dmp.diff_main(pattern, window, false), edge)
}
