import type { LabelCount } from '../spans/label-counts'
import type { DocumentStatus } from '../spans/span'

/** What the document list knows of a document, enough to sort and filter it. */
export interface ListedDocument {
  readonly id: string
  readonly title: string
  /** When it was added to the project (ISO 8601, from `documents/index.json`). */
  readonly added: string
  /** The current annotator's status and spans on it. */
  readonly status: DocumentStatus
  readonly spanCount: number
  /** The current annotator's spans on it per label, by label id. */
  readonly labelCounts: readonly LabelCount[]
}
