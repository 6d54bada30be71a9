import { findExact } from './exact-place'
import { findFuzzy } from './fuzzy-place'
import { createOffsetMap } from './offset-map'
import { fullContextAt, quoteContext } from './quote-context'
import { createDiffEngine } from './text-diff'

/** A stretch of the old text to find again in the new one. */
export interface Anchor {
  readonly start: number
  readonly end: number
}

/** Why a span could not be placed on the new text. */
export type NotPlacedReason = 'gone' | 'ambiguous'

/** How one span was placed on the new text. */
export type Placement =
  | { readonly how: 'exact'; readonly start: number; readonly end: number }
  | { readonly how: 'fuzzy'; readonly start: number; readonly end: number }
  | { readonly how: 'not-placed'; readonly reason: NotPlacedReason }

/** Places spans of one old text on one new text; the diff of the two is made once. */
export type Reanchorer = (anchors: readonly Anchor[]) => Placement[]

/**
 * Places spans of `oldText` on `newText` (a corrected, re-published version of the article),
 * one placement per anchor, in order. First the exact quote with its context (see
 * `findExact`), checked first where the diff of the two texts carries the span (the common
 * case costs one comparison); then a fuzzy match of quote and context (`findFuzzy`); what
 * neither finds is not placed: `gone` when the quote is nowhere, `ambiguous` when it is in
 * several places none of which has its context.
 */
export function createReanchorer(oldText: string, newText: string): Reanchorer {
  const dmp = createDiffEngine()
  const carry = createOffsetMap(dmp, oldText, newText)
  return (anchors) =>
    anchors.map(({ start, end }): Placement => {
      const context = quoteContext(oldText, start, end)
      const near = { start: carry(start), end: carry(end) }
      if (fullContextAt(newText, near.start, context)) {
        return { how: 'exact', start: near.start, end: near.start + context.quote.length }
      }
      const exact = findExact(newText, context, near.start)
      if (exact.found) {
        return { how: 'exact', start: exact.start, end: exact.start + context.quote.length }
      }
      const fuzzy = findFuzzy(dmp, newText, context, near)
      if (fuzzy !== null) return { how: 'fuzzy', ...fuzzy }
      return { how: 'not-placed', reason: exact.occurrences > 1 ? 'ambiguous' : 'gone' }
    })
}

/** `createReanchorer` for one set of anchors. */
export const reanchor = (
  oldText: string,
  newText: string,
  anchors: readonly Anchor[],
): Placement[] => createReanchorer(oldText, newText)(anchors)
