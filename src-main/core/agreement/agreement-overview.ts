import type { AgreementReport, DocumentAgreement } from './agreement-report'
import type { AnnotatorLabelCounts } from './annotator-distribution'

/** How far one annotator has got with the chosen documents. */
export interface AnnotatorProgress {
  readonly annotator: string
  /** Documents with no annotations file from the annotator count as to do. */
  readonly todo: number
  readonly inProgress: number
  readonly done: number
  /** The annotator's spans on the chosen documents. */
  readonly spans: number
}

/** A document's own figures, with its title, for the per-document table. */
export interface DocumentAgreementRow extends DocumentAgreement {
  readonly title: string
}

/** Everything the agreement view shows for one choice of annotators and documents. */
export interface AgreementOverview {
  /** Every annotator in the project (gold excluded), to choose from. */
  readonly available: readonly string[]
  readonly report: AgreementReport
  /** The chosen documents in index order, each with its own figures. */
  readonly documents: readonly DocumentAgreementRow[]
  /** One per chosen annotator, in the report's order. */
  readonly progress: readonly AnnotatorProgress[]
  /** One per chosen annotator, in the report's order: their spans per label. */
  readonly labelsByAnnotator: readonly AnnotatorLabelCounts[]
}
