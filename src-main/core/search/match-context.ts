import { previousStart } from '../text/code-points'

/** A match with a few words of its line either side, for a result list. */
export interface MatchContext {
  /** Text before the match; starts with "…" when the line goes on further back. */
  readonly before: string
  /** The matched text; a long span is shortened in the middle ("…"). */
  readonly match: string
  /** Text after the match; ends with "…" when the line goes on. */
  readonly after: string
}

/** How much of the line either side is shown, in UTF-16 units at most. */
export const CONTEXT_UNITS = 48
/** Longer matches (a whole paragraph tagged as a claim) show their two ends only. */
export const MATCH_UNITS = 120

// Surrogate pairs are never split: a cut inside one moves to its edge.
const safeStart = (text: string, at: number): number =>
  at > 0 && at < text.length && previousStart(text, at + 1) === at - 1 ? at + 1 : at
const safeEnd = (text: string, at: number): number =>
  at > 0 && at < text.length && previousStart(text, at + 1) === at - 1 ? at - 1 : at

/**
 * The words around `text[start, end)` on the same line (a line break ends the context: the
 * next paragraph is another thought). A cut falls between words, never inside one, and never
 * between the halves of an emoji.
 */
export function matchContext(text: string, start: number, end: number): MatchContext {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const nextBreak = text.indexOf('\n', end)
  const lineEnd = nextBreak < 0 ? text.length : nextBreak

  let from = Math.max(lineStart, start - CONTEXT_UNITS)
  if (from > lineStart) {
    const space = text.slice(from, start).search(/\s/u)
    from = space < 0 ? safeStart(text, from) : from + space + 1
  }
  let to = Math.min(lineEnd, end + CONTEXT_UNITS)
  if (to < lineEnd) {
    const lastSpace = text.slice(end, to).search(/\s\S*$/u)
    to = lastSpace < 0 ? safeEnd(text, to) : end + lastSpace
  }
  const before = text.slice(from, start).replace(/^\s+/u, '')
  const after = text.slice(end, to).replace(/\s+$/u, '')
  return {
    before: (from > lineStart ? '…' : '') + before,
    match: shortened(text.slice(start, end)),
    after: after + (to < lineEnd ? '…' : ''),
  }
}

function shortened(match: string): string {
  if (match.length <= MATCH_UNITS) return match
  const half = MATCH_UNITS / 2
  const head = match.slice(0, safeEnd(match, half))
  const tail = match.slice(safeStart(match, match.length - half))
  return `${head}…${tail}`
}
