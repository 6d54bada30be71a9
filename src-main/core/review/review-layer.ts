import type { Span } from '../spans/span'

/** One annotator's spans on the document under review. */
export interface ReviewLayer {
  readonly annotator: string
  readonly spans: readonly Span[]
}

/**
 * One (start, end, label) that at least one annotator tagged, with who tagged it. Two
 * annotators agree on a candidate when both have a span with exactly its start, end and label.
 */
export interface Candidate {
  /** `candidateKey` of the candidate: `start:end:label`. */
  readonly key: string
  readonly start: number
  readonly end: number
  readonly label: string
  /** Who tagged it, in the order of the layers under review. */
  readonly annotators: readonly string[]
  /** Each of those annotators' own span (the first, if one tagged it twice). */
  readonly spans: readonly { readonly annotator: string; readonly span: Span }[]
}
