/** The adjudicated layer's name: its folder under `annotations/`. */
export const GOLD_LAYER = '_gold'

/** How a gold span came to be, recorded on the span itself (DESIGN.md §3, `annotations/_gold`). */
export interface SpanReview {
  /** Who adjudicated it: the reviewer's annotator name. */
  readonly by: string
  /** When, as an ISO timestamp. */
  readonly at: string
  /**
   * `accepted`: one annotator version taken as it was; `edited`: taken, then its label or
   * boundaries changed; `added`: made by the reviewer; `majority`: taken by the majority vote.
   */
  readonly method: 'accepted' | 'edited' | 'added' | 'majority'
  /** The annotators whose version it was (empty for a span the reviewer added). */
  readonly from: readonly string[]
  /**
   * The `candidateKey` of the version it was taken from, kept when it is edited, so that
   * removing the span from gold turns that version's verdict into a rejection.
   */
  readonly source?: string
}

/**
 * A reviewer's verdict on one candidate, i.e. one (start, end, label) some annotator tagged.
 * Kept in the gold file so that a disagreement stays settled when the gold span taken from it
 * is edited later, and a rejected version is not offered again.
 */
export interface ReviewDecision {
  readonly start: number
  readonly end: number
  readonly label: string
  readonly verdict: 'accepted' | 'rejected'
  readonly by: string
  readonly at: string
  readonly method: 'manual' | 'majority'
}

/** The identity of a candidate: what two annotators must share to agree. */
export const candidateKey = (item: {
  readonly start: number
  readonly end: number
  readonly label: string
}): string => `${item.start}:${item.end}:${item.label}`
