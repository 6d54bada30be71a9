import type { Ranged } from '../spans/overlaps'
import type { Token } from '../text/tokenize'
import { countStartingBefore } from '../spans/starts-before'

/** Tokens made to fit a set of spans, and each span's tokens. */
export interface AlignedTokens {
  readonly tokens: readonly Token[]
  /** Per span (same order as given): `[first, last]` token index inside it, or null. */
  readonly ranges: readonly (readonly [number, number] | null)[]
  /** How many spans had an edge inside a token, which was split there. */
  readonly splitSpans: number
  /** How many spans with tokens have an edge that is no token's edge (it falls in whitespace). */
  readonly looseSpans: number
}

/**
 * Aligns spans with tokens without moving any span: a token that a span edge falls inside
 * is split at that edge ("cam kế|t" gives "kế" and "t"), so every span starts and ends on
 * token edges, except where an edge falls in whitespace between tokens. Each span then
 * covers the tokens that lie wholly inside it.
 */
export function alignTokens(base: readonly Token[], spans: readonly Ranged[]): AlignedTokens {
  const cuts = new Set<number>()
  let splitSpans = 0
  for (const span of spans) {
    const startInside = isInside(base, span.start)
    const endInside = isInside(base, span.end)
    if (startInside) cuts.add(span.start)
    if (endInside) cuts.add(span.end)
    if (startInside || endInside) splitSpans++
  }
  const tokens = cuts.size === 0 ? base : splitTokens(base, cuts)
  let looseSpans = 0
  const ranges = spans.map((span) => {
    const first = countStartingBefore(tokens, span.start)
    const last = countStartingBefore(tokens, span.end) - 1
    if (first > last) return null
    if (tokens[first]?.start !== span.start || tokens[last]?.end !== span.end) looseSpans++
    return [first, last] as const
  })
  return { tokens, ranges, splitSpans, looseSpans }
}

function isInside(tokens: readonly Token[], offset: number): boolean {
  const token = tokens[countStartingBefore(tokens, offset) - 1]
  return token !== undefined && token.start < offset && offset < token.end
}

function splitTokens(tokens: readonly Token[], cuts: ReadonlySet<number>): Token[] {
  const sortedCuts = [...cuts].sort((a, b) => a - b)
  const result: Token[] = []
  let c = 0
  for (const token of tokens) {
    let start = token.start
    while (c < sortedCuts.length && (sortedCuts[c] as number) <= token.start) c++
    if (c === sortedCuts.length || (sortedCuts[c] as number) >= token.end) {
      // Not cut: the token itself, rather than a copy per token of a book-length text.
      result.push(token)
      continue
    }
    while (c < sortedCuts.length && (sortedCuts[c] as number) < token.end) {
      const cut = sortedCuts[c] as number
      result.push({ start, end: cut })
      start = cut
      c++
    }
    result.push({ start, end: token.end })
  }
  return result
}
