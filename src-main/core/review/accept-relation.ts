import type { Relation } from '../relations/relation'
import type { Span } from '../spans/span'
import { acceptAgreed } from './adjudicate'
import type { RelationComparison } from './compare-relations'
import { applyGoldEdit, type GoldEdit, type GoldState } from './gold-edit'
import type { ReviewContext } from './gold-edit-builder'
import type { ReviewGroup } from './review-group'
import { candidateKey } from './review-records'

/** The gold spans a relation would join, or why it cannot go into gold yet. */
export type GoldEnds =
  | { readonly ok: true; readonly from: Span; readonly to: Span }
  | { readonly ok: false; readonly reason: string }

/**
 * The gold spans of the relation's two groups: a gold span taken from one of the group's
 * versions (or added over exactly one of them). When an end has none, the reason names the
 * text the reviewer must accept into gold first.
 */
export function goldEndsOf(
  comparison: RelationComparison,
  groups: readonly ReviewGroup[],
  gold: GoldState,
  text: string,
): GoldEnds {
  const ends = [comparison.from, comparison.to].map((id) => {
    const group = groups.find((item) => item.id === id)
    return { group, span: group && goldSpanOf(group, gold) }
  })
  for (const { group, span } of ends) {
    if (span !== undefined) continue
    const quote = group ? `"${text.slice(group.start, group.end)}"` : 'its span'
    return { ok: false, reason: `Accept ${quote} into gold first.` }
  }
  return { ok: true, from: ends[0]?.span as Span, to: ends[1]?.span as Span }
}

/**
 * Copies the relation into gold between the gold spans of its groups; nothing when gold
 * already has that type between them or an end has no gold span (see `goldEndsOf`).
 */
export function acceptRelation(
  comparison: RelationComparison,
  groups: readonly ReviewGroup[],
  gold: GoldState,
  ctx: ReviewContext,
): GoldEdit {
  return relationsEdit(goldRelations([comparison], groups, gold, ctx))
}

/**
 * "Accept all agreed", relations included: every undecided agreed span, then every agreed
 * relation whose two ends are in gold after that, as one step.
 */
export function acceptAgreedWithRelations(
  groups: readonly ReviewGroup[],
  comparisons: readonly RelationComparison[],
  gold: GoldState,
  ctx: ReviewContext,
): GoldEdit {
  const spans = acceptAgreed(groups, gold, ctx)
  const agreed = comparisons.filter((comparison) => comparison.agreed)
  const created = goldRelations(agreed, groups, applyGoldEdit(gold, spans), ctx)
  if (created.length === 0) return spans
  return { ...spans, spans: { ...spans.spans, relations: { created, deleted: [] } } }
}

/** The new gold relations for `comparisons` whose ends are in gold, none doubled. */
function goldRelations(
  comparisons: readonly RelationComparison[],
  groups: readonly ReviewGroup[],
  gold: GoldState,
  ctx: ReviewContext,
): Relation[] {
  const made: Relation[] = []
  for (const comparison of comparisons) {
    const ends = goldEndsOf(comparison, groups, gold, ctx.text)
    if (!ends.ok) continue
    const same = (relation: Relation): boolean =>
      relation.type === comparison.type &&
      relation.from === ends.from.id &&
      relation.to === ends.to.id
    if ((gold.relations ?? []).some(same) || made.some(same)) continue
    const relation = { type: comparison.type, from: ends.from.id, to: ends.to.id }
    made.push({ id: ctx.newId(), ...relation, createdAt: ctx.now })
  }
  return made
}

const relationsEdit = (created: readonly Relation[]): GoldEdit => ({
  spans: {
    created: [],
    updated: [],
    deleted: [],
    ...(created.length > 0 && { relations: { created, deleted: [] } }),
  },
  decisions: [],
})

/** The gold span taken from one of the group's versions, first in gold order. */
function goldSpanOf(group: ReviewGroup, gold: GoldState): Span | undefined {
  const keys = new Set(group.candidates.map((candidate) => candidate.key))
  return gold.spans.find(
    (span) =>
      (span.review?.source !== undefined && keys.has(span.review.source)) ||
      keys.has(candidateKey(span)),
  )
}
