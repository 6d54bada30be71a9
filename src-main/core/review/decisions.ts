import { GlossFailure } from '../failure'
import { compareCandidates } from './candidates'
import type { Candidate } from './review-layer'
import type { ReviewGroup } from './review-group'
import { candidateKey, type ReviewDecision } from './review-records'

/** One verdict set, changed or withdrawn; `old` is what the edit expects to find. */
export interface DecisionChange {
  readonly key: string
  readonly old: ReviewDecision | null
  readonly new: ReviewDecision | null
}

/** The verdicts by candidate key. */
export const indexDecisions = (
  decisions: readonly ReviewDecision[] | undefined,
): ReadonlyMap<string, ReviewDecision> =>
  new Map((decisions ?? []).map((decision) => [candidateKey(decision), decision]))

/** Whether a reviewer (or the majority vote) has decided on every version in the group. */
export const isSettled = (
  group: Pick<ReviewGroup, 'candidates'>,
  decisions: ReadonlyMap<string, ReviewDecision>,
): boolean => group.candidates.every((candidate: Candidate) => decisions.has(candidate.key))

/**
 * Applies verdict changes strictly, like span change sets: a change whose `old` is not what
 * is stored is a `conflict` and nothing changes. Returns the verdicts in text order.
 */
export function applyDecisionChanges(
  decisions: readonly ReviewDecision[] | undefined,
  changes: readonly DecisionChange[],
): ReviewDecision[] {
  const byKey = new Map(indexDecisions(decisions))
  for (const change of changes) {
    const stored = byKey.get(change.key) ?? null
    if (!sameDecision(stored, change.old)) {
      throw new GlossFailure({
        code: 'conflict',
        message: `The verdict on ${change.key} was changed since this edit was made.`,
        hint: 'Reload the review to see the current gold set, then decide again.',
      })
    }
    if (change.new === null) byKey.delete(change.key)
    else byKey.set(change.key, change.new)
  }
  return [...byKey.values()].sort(compareCandidates)
}

export const invertDecisionChanges = (changes: readonly DecisionChange[]): DecisionChange[] =>
  [...changes].reverse().map((change) => ({ key: change.key, old: change.new, new: change.old }))

export function sameDecision(a: ReviewDecision | null, b: ReviewDecision | null): boolean {
  if (a === null || b === null) return a === b
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.label === b.label &&
    a.verdict === b.verdict &&
    a.by === b.by &&
    a.at === b.at &&
    a.method === b.method
  )
}
