import type { AgreementOverview } from '@core/agreement/agreement-overview'
import type { WorkProgress } from '@contract/work-endpoints'
import type { ReviewGroup } from '@core/review/review-group'

/** Which documents the agreement view measures: all of them, or the one that is open. */
export type AgreementScope = 'project' | 'document'

export interface AgreementViewState {
  readonly scope: AgreementScope
  /** The annotators ticked; `null` until the analyst changes the choice: everyone. */
  readonly annotators: readonly string[] | null
  /** The figures last loaded, and what they were loaded for. */
  readonly overview: AgreementOverview | null
  readonly loadedFor: { readonly scope: AgreementScope; readonly docId: string | null } | null
  readonly loading: boolean
  /** How far the computation has got (documents read), while `loading`; `null` before the first answer. */
  readonly progress: WorkProgress | null
  /** The last computation was cancelled; the figures shown (if any) are from before it. */
  readonly cancelled: boolean
  /** In document scope: the document's disagreements among the same annotators, for links to review. */
  readonly disagreements: {
    readonly docId: string
    readonly text: string
    readonly groups: readonly ReviewGroup[]
  } | null
}

export const initialAgreementState: AgreementViewState = {
  scope: 'project',
  annotators: null,
  overview: null,
  loadedFor: null,
  loading: false,
  progress: null,
  cancelled: false,
  disagreements: null,
}
