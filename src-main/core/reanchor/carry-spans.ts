import { sortSpans } from '../spans/overlaps'
import type { Span } from '../spans/span'
import type { NotPlacedReason, Reanchorer } from './reanchor'

/** A span that could not be placed on the new version, and why. */
export interface UnplacedSpan {
  readonly span: Span
  readonly reason: NotPlacedReason
}

/** One layer's spans carried to the new version of a document. */
export interface CarriedSpans {
  /** The placed spans, in text order: same ids, new offsets, the text they cover now. */
  readonly spans: readonly Span[]
  readonly exact: number
  readonly fuzzy: number
  readonly notPlaced: readonly UnplacedSpan[]
}

/**
 * Carries `spans` of the old text to `newText` (see `createReanchorer`). A span keeps its
 * id, label, note and attributes; one placed by fuzzy match takes the text it covers now and
 * `now` as its update time, so the analyst can tell it moved. The quote is what the offsets
 * cover in the old text (the offsets are what the file is sure of).
 */
export function carrySpans(
  place: Reanchorer,
  newText: string,
  spans: readonly Span[],
  now: string,
): CarriedSpans {
  const placements = place(spans)
  const carried: Span[] = []
  const notPlaced: UnplacedSpan[] = []
  let exact = 0
  let fuzzy = 0
  placements.forEach((placement, index) => {
    const span = spans[index] as Span
    if (placement.how === 'not-placed') {
      notPlaced.push({ span, reason: placement.reason })
      return
    }
    const { start, end } = placement
    if (placement.how === 'exact') {
      exact++
      carried.push({ ...span, start, end })
      return
    }
    fuzzy++
    carried.push({ ...span, start, end, text: newText.slice(start, end), updatedAt: now })
  })
  return { spans: sortSpans(carried), exact, fuzzy, notPlaced }
}
