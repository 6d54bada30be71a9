import type { ReviewDocumentSummary, ReviewLayerData } from '@contract/endpoints'
import type { DocumentEntry } from '@core/project/project'
import type { GoldEdit, GoldState } from '@core/review/gold-edit'
import type { GroupKind, ReviewGroup } from '@core/review/review-group'

import type { EditHistory } from './app-state'

/** The document under review: the chosen annotators' layers, the gold layer, the groups. */
export interface ReviewDoc {
  readonly entry: DocumentEntry
  readonly text: string
  /** The chosen annotators who have annotated it, in the order chosen. */
  readonly layers: readonly ReviewLayerData[]
  readonly notAnnotated: readonly string[]
  readonly gold: GoldState
  /** `groupCandidates(layers)`, computed once per load of the layers. */
  readonly groups: readonly ReviewGroup[]
}

/** Which groups the disagreement list shows (and N/P steps through). */
export type ReviewFilter = 'open' | 'disagreements' | GroupKind

export interface ReviewState {
  /** Every annotator of the project, for the chooser. */
  readonly available: readonly string[]
  /** The annotators under review, in the order chosen; empty until the review is loaded. */
  readonly annotators: readonly string[]
  readonly documents: readonly ReviewDocumentSummary[]
  readonly doc: ReviewDoc | null
  readonly openingDocId: string | null
  /** The group the reviewer is deciding on. */
  readonly groupId: string | null
  readonly goldSpanId: string | null
  readonly filter: ReviewFilter
  readonly showGold: boolean
  readonly histories: Readonly<Record<string, EditHistory<GoldEdit>>>
  /** Bumped to bring the current group (or gold span) into view. */
  readonly revealSeq: number
}

export const initialReviewState: ReviewState = {
  available: [],
  annotators: [],
  documents: [],
  doc: null,
  openingDocId: null,
  groupId: null,
  goldSpanId: null,
  filter: 'open',
  showGold: true,
  histories: {},
  revealSeq: 0,
}
