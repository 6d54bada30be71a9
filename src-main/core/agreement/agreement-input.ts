import type { Label } from '../labels/label'
import type { Span } from '../spans/span'

/** What agreement is computed from; the service reads it from the project. */
export interface AgreementInput {
  /** The annotators to compare; pairs are formed in this order. */
  readonly annotators: readonly string[]
  /** The project's label set: spans name their label by id, figures by name. */
  readonly labels: readonly Label[]
  readonly documents: readonly AgreementDocument[]
}

export interface AgreementDocument {
  readonly docId: string
  readonly text: string
  /**
   * Spans by annotator, for exactly the annotators who have an annotations file for the
   * document (a file with no spans is an empty list: that annotator saw nothing to tag).
   */
  readonly layers: ReadonlyMap<string, readonly AgreementSpan[]>
}

/** A span as agreement reads it: UTF-16 offsets, end exclusive, and the label id. */
export type AgreementSpan = Pick<Span, 'start' | 'end' | 'label'>
