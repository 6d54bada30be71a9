import { overlaps } from '../spans/overlaps'
import { indexDecisions } from './decisions'
import type { GoldEdit, GoldState } from './gold-edit'
import { createGoldEditBuilder, type ReviewContext } from './gold-edit-builder'
import type { ReviewGroup } from './review-group'

export interface MajorityOutcome {
  readonly edit: GoldEdit
  /** Majority versions put into gold. */
  readonly added: number
  /** Majority versions gold already had. */
  readonly alreadyPresent: number
  /** Majority versions a reviewer had rejected: their decision wins, nothing changes. */
  readonly overruled: number
}

/**
 * The automatic first pass (`gloss adjudicate --majority`): every (start, end, label) that
 * more than half of the `layerCount` annotators who have the document share exactly goes into
 * gold, and the undecided versions it outvoted in its group (those overlapping it) are
 * rejected. A reviewer's earlier verdicts are kept as they are; versions nobody outvoted stay
 * open for a person.
 */
export function majorityEdit(
  groups: readonly ReviewGroup[],
  layerCount: number,
  gold: GoldState,
  ctx: ReviewContext,
): MajorityOutcome {
  const decided = indexDecisions(gold.decisions)
  const edit = createGoldEditBuilder(gold, ctx)
  let added = 0
  let alreadyPresent = 0
  let overruled = 0
  for (const group of groups) {
    const winners = group.candidates.filter(
      (candidate) => candidate.annotators.length * 2 > layerCount,
    )
    const standing = winners.filter((winner) => decided.get(winner.key)?.verdict !== 'rejected')
    overruled += winners.length - standing.length
    for (const winner of standing) {
      if (edit.hasGold(winner)) alreadyPresent++
      else added++
      if (!decided.has(winner.key)) edit.accept(winner, 'majority')
    }
    for (const candidate of group.candidates) {
      if (decided.has(candidate.key) || standing.includes(candidate)) continue
      if (standing.some((winner) => overlaps(winner, candidate))) edit.reject(candidate, 'majority')
    }
  }
  return { edit: edit.build(), added, alreadyPresent, overruled }
}
