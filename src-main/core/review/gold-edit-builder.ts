import { without } from '../labels/attribute-definition'
import { sameAttributes } from '../spans/check-change-set'
import type { Span } from '../spans/span'
import { indexDecisions, type DecisionChange } from './decisions'
import type { GoldEdit, GoldState } from './gold-edit'
import type { Candidate } from './review-layer'
import { candidateKey, type ReviewDecision, type SpanReview } from './review-records'

/** What every gold edit needs besides the data: the text, who decides, when, new ids. */
export interface ReviewContext {
  readonly text: string
  readonly reviewer: string
  readonly now: string
  readonly newId: () => string
}

type Method = ReviewDecision['method']

/**
 * Collects one reviewer action as a `GoldEdit`: accepting a version puts it in gold (once)
 * and records the verdict; rejecting one takes it, and any gold span made from it, out.
 * A verdict that is already what is asked for is left as it was (its author and time kept).
 */
export function createGoldEditBuilder(gold: GoldState, ctx: ReviewContext) {
  const verdicts = indexDecisions(gold.decisions)
  const live = [...gold.spans]
  const created: Span[] = []
  const updated: { old: Span; new: Span }[] = []
  const deleted: Span[] = []
  const changes = new Map<string, DecisionChange>()

  const fromCandidate = (span: Span, key: string): boolean =>
    candidateKey(span) === key || span.review?.source === key

  const setVerdict = (candidate: Candidate, verdict: ReviewDecision['verdict'], method: Method) => {
    const pending = changes.get(candidate.key)
    const old = pending ? pending.old : (verdicts.get(candidate.key) ?? null)
    const current = pending ? pending.new : old
    if (current?.verdict === verdict) return
    const next: ReviewDecision = {
      start: candidate.start,
      end: candidate.end,
      label: candidate.label,
      verdict,
      by: ctx.reviewer,
      at: ctx.now,
      method,
    }
    changes.set(candidate.key, { key: candidate.key, old, new: next })
  }

  // A gold span changed in this edit: a new one is replaced in place, a stored one updated.
  const replace = (span: Span, next: Span): void => {
    live.splice(live.indexOf(span), 1, next)
    const fresh = created.indexOf(span)
    if (fresh >= 0) created.splice(fresh, 1, next)
    else updated.push({ old: span, new: { ...next, updatedAt: ctx.now } })
  }

  return {
    /**
     * Puts the candidate in gold unless a span made from it is there already, with the
     * attribute values of `annotator`'s span (the first annotator's when not given). A gold
     * span already made from it takes that annotator's values if they differ: accepting
     * another version of an attribute conflict changes the values in gold.
     */
    accept(candidate: Candidate, method: Method, annotator?: string): void {
      const existing = live.find((span) => fromCandidate(span, candidate.key))
      if (existing === undefined) {
        const span = goldSpanOf(candidate, method, ctx, annotator)
        created.push(span)
        live.push(span)
      } else if (annotator !== undefined) {
        const values = attributesOf(candidate, annotator)
        if (!sameAttributes(existing.attributes, values)) {
          replace(existing, { ...without(existing, 'attributes'), ...withValues(values) })
        }
      }
      setVerdict(candidate, 'accepted', method)
    },
    /** Records the candidate as rejected and takes every gold span made from it out. */
    reject(candidate: Candidate, method: Method): void {
      for (const span of live.filter((item) => fromCandidate(item, candidate.key))) {
        live.splice(live.indexOf(span), 1)
        const fresh = created.indexOf(span)
        if (fresh >= 0) created.splice(fresh, 1)
        else deleted.push(span)
      }
      setVerdict(candidate, 'rejected', method)
    },
    /** Whether gold holds a span made from the candidate (after what was collected so far). */
    hasGold(candidate: Candidate): boolean {
      return live.some((span) => fromCandidate(span, candidate.key))
    },
    build(): GoldEdit {
      return { spans: { created, updated, deleted }, decisions: [...changes.values()] }
    },
  }
}

export type GoldEditBuilder = ReturnType<typeof createGoldEditBuilder>

/** The attribute values `annotator` gave the candidate's span (the first annotator's if absent). */
function attributesOf(candidate: Candidate, annotator?: string): Span['attributes'] {
  const chosen = candidate.spans.find((item) => item.annotator === annotator) ?? candidate.spans[0]
  return chosen?.span.attributes
}

const withValues = (values: Span['attributes']): Pick<Span, 'attributes'> =>
  values === undefined || Object.keys(values).length === 0 ? {} : { attributes: values }

/**
 * A gold span taken from a candidate: range and label, the attribute values of `annotator`'s
 * span (the first annotator's when not given), and who decided and how.
 */
function goldSpanOf(
  candidate: Candidate,
  method: Method,
  ctx: ReviewContext,
  annotator?: string,
): Span {
  const review: SpanReview = {
    by: ctx.reviewer,
    at: ctx.now,
    method: method === 'majority' ? 'majority' : 'accepted',
    from: candidate.annotators,
    source: candidate.key,
  }
  return {
    id: ctx.newId(),
    start: candidate.start,
    end: candidate.end,
    label: candidate.label,
    text: ctx.text.slice(candidate.start, candidate.end),
    ...withValues(attributesOf(candidate, annotator)),
    review,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
}
