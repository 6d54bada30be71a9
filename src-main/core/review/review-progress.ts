import { isSettled } from './decisions'
import type { GroupKind, ReviewGroup } from './review-group'
import type { ReviewDecision } from './review-records'

export interface ReviewProgress {
  /** Groups of each kind. */
  readonly counts: Readonly<Record<GroupKind, number>>
  /** Groups of each kind not settled yet. */
  readonly open: Readonly<Record<GroupKind, number>>
  /** Label, boundary, missing and attribute groups. */
  readonly disagreements: number
  readonly settledDisagreements: number
  /**
   * Every version of every group decided, agreed ones included: the gold set is then
   * complete for these annotators and the document is adjudicated.
   */
  readonly adjudicated: boolean
}

const zero = (): Record<GroupKind, number> => ({
  agreed: 0,
  attribute: 0,
  label: 0,
  boundary: 0,
  missing: 0,
})

/** How far review has got on one document. */
export function reviewProgress(
  groups: readonly ReviewGroup[],
  decisions: ReadonlyMap<string, ReviewDecision>,
): ReviewProgress {
  const counts = zero()
  const open = zero()
  for (const group of groups) {
    counts[group.kind]++
    if (!isSettled(group, decisions)) open[group.kind]++
  }
  const disagreements = counts.label + counts.boundary + counts.missing + counts.attribute
  const openDisagreements = open.label + open.boundary + open.missing + open.attribute
  return {
    counts,
    open,
    disagreements,
    settledDisagreements: disagreements - openDisagreements,
    adjudicated: openDisagreements + open.agreed === 0,
  }
}
