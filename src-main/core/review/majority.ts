import { sameAttributes } from '../spans/check-change-set'
import { overlaps } from '../spans/overlaps'
import { indexDecisions } from './decisions'
import type { GoldEdit, GoldState } from './gold-edit'
import { createGoldEditBuilder, type ReviewContext } from './gold-edit-builder'
import type { ReviewGroup } from './review-group'
import type { Candidate } from './review-layer'

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
 * more than half of the `layerCount` annotators who have the document share exactly, with the
 * same attribute values, goes into gold with those values, and the undecided versions it
 * outvoted in its group (those overlapping it) are rejected. A reviewer's earlier verdicts are kept as they are; versions nobody outvoted stay
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
    // A version wins with the attribute values a majority gave it; without such a majority
    // (an attribute conflict no side of which has more than half) it is a person's to decide.
    const winners = group.candidates.flatMap((candidate) => {
      const annotator = majorityValuesOf(candidate, layerCount)
      return annotator === null ? [] : [{ candidate, annotator }]
    })
    const standing = winners.filter(
      (winner) => decided.get(winner.candidate.key)?.verdict !== 'rejected',
    )
    overruled += winners.length - standing.length
    for (const { candidate, annotator } of standing) {
      if (edit.hasGold(candidate)) alreadyPresent++
      else added++
      if (!decided.has(candidate.key)) edit.accept(candidate, 'majority', annotator)
    }
    for (const candidate of group.candidates) {
      if (decided.has(candidate.key) || standing.some((winner) => winner.candidate === candidate))
        continue
      if (standing.some((winner) => overlaps(winner.candidate, candidate))) {
        edit.reject(candidate, 'majority')
      }
    }
  }
  return { edit: edit.build(), added, alreadyPresent, overruled }
}

/**
 * An annotator whose attribute values for the candidate's span more than half of the
 * `layerCount` annotators gave it too (the first such, in layer order); `null` when no set of
 * values has that majority.
 */
function majorityValuesOf(candidate: Candidate, layerCount: number): string | null {
  for (const { annotator, span } of candidate.spans) {
    const same = candidate.spans.filter((other) =>
      sameAttributes(other.span.attributes, span.attributes),
    )
    if (same.length * 2 > layerCount) return annotator
  }
  return null
}
