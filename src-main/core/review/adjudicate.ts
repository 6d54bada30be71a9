import { candidateKey, type SpanReview } from './review-records'
import { indexDecisions } from './decisions'
import type { GoldEdit, GoldState } from './gold-edit'
import { createGoldEditBuilder, type ReviewContext } from './gold-edit-builder'
import type { Candidate } from './review-layer'
import type { ReviewGroup } from './review-group'
import type { Span } from '../spans/span'

/** Takes one annotator's version of a group: their candidates in, everyone else's out. */
export function acceptVersion(
  group: ReviewGroup,
  annotator: string,
  gold: GoldState,
  ctx: ReviewContext,
): GoldEdit {
  const edit = createGoldEditBuilder(gold, ctx)
  for (const candidate of group.candidates) {
    if (!candidate.annotators.includes(annotator)) edit.reject(candidate, 'manual')
  }
  for (const candidate of group.candidates) {
    if (candidate.annotators.includes(annotator)) edit.accept(candidate, 'manual', annotator)
  }
  return edit.build()
}

/** Takes one candidate into gold, leaving the rest of its group as it is. */
export function acceptCandidate(
  candidate: Candidate,
  gold: GoldState,
  ctx: ReviewContext,
): GoldEdit {
  const edit = createGoldEditBuilder(gold, ctx)
  edit.accept(candidate, 'manual')
  return edit.build()
}

/** Rejects every version in the group: none of them goes into gold. */
export function rejectGroup(group: ReviewGroup, gold: GoldState, ctx: ReviewContext): GoldEdit {
  const edit = createGoldEditBuilder(gold, ctx)
  for (const candidate of group.candidates) edit.reject(candidate, 'manual')
  return edit.build()
}

/** Accepts, in one step, every agreed span not decided yet. */
export function acceptAgreed(
  groups: readonly ReviewGroup[],
  gold: GoldState,
  ctx: ReviewContext,
): GoldEdit {
  const decided = indexDecisions(gold.decisions)
  const edit = createGoldEditBuilder(gold, ctx)
  for (const group of groups) {
    if (group.kind !== 'agreed') continue
    for (const candidate of group.candidates) {
      if (!decided.has(candidate.key)) edit.accept(candidate, 'manual')
    }
  }
  return edit.build()
}

/**
 * Adds a span the reviewer selected to gold. When an annotator tagged exactly that, it is
 * accepting their version; otherwise it is a span of the reviewer's own.
 */
export function addGoldSpan(
  range: { readonly start: number; readonly end: number; readonly label: string },
  candidates: readonly Candidate[],
  gold: GoldState,
  ctx: ReviewContext,
): GoldEdit {
  const key = candidateKey(range)
  const candidate = candidates.find((item) => item.key === key)
  if (candidate !== undefined) return acceptCandidate(candidate, gold, ctx)
  if (gold.spans.some((span) => candidateKey(span) === key)) return emptyEdit
  const span: Span = {
    id: ctx.newId(),
    start: range.start,
    end: range.end,
    label: range.label,
    text: ctx.text.slice(range.start, range.end),
    review: { by: ctx.reviewer, at: ctx.now, method: 'added', from: [] },
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  return { spans: { created: [span], updated: [], deleted: [] }, decisions: [] }
}

/** Changes a gold span's boundaries or label; the version it came from stays decided. */
export function editGoldSpan(
  span: Span,
  change: { readonly start: number; readonly end: number; readonly label: string },
  ctx: ReviewContext,
): GoldEdit {
  if (span.start === change.start && span.end === change.end && span.label === change.label) {
    return emptyEdit
  }
  const next: Span = {
    ...span,
    ...change,
    text: ctx.text.slice(change.start, change.end),
    review: editedReview(span, ctx),
    updatedAt: ctx.now,
  }
  return { spans: { created: [], updated: [{ old: span, new: next }], deleted: [] }, decisions: [] }
}

/**
 * How a gold span reads once the reviewer changed it: edited by them now (a span they added
 * stays `added`), still from the same annotators and version.
 */
export function editedReview(span: Span, ctx: ReviewContext): SpanReview {
  return {
    by: ctx.reviewer,
    at: ctx.now,
    method: span.review?.method === 'added' ? 'added' : 'edited',
    from: span.review?.from ?? [],
    ...(span.review?.source !== undefined && { source: span.review.source }),
  }
}

/**
 * Takes a span out of gold. The version it was taken from (if any) is then rejected, so the
 * disagreement stays settled and is not offered again as undecided.
 */
export function removeGoldSpan(span: Span, gold: GoldState, ctx: ReviewContext): GoldEdit {
  const source = span.review?.source ?? candidateKey(span)
  const verdict = indexDecisions(gold.decisions).get(source)
  const decisions =
    verdict !== undefined && verdict.verdict === 'accepted'
      ? [
          {
            key: source,
            old: verdict,
            new: {
              ...verdict,
              verdict: 'rejected' as const,
              by: ctx.reviewer,
              at: ctx.now,
              method: 'manual' as const,
            },
          },
        ]
      : []
  return { spans: { created: [], updated: [], deleted: [span] }, decisions }
}

const emptyEdit: GoldEdit = { spans: { created: [], updated: [], deleted: [] }, decisions: [] }
