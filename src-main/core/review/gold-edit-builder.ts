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

  return {
    /** Puts the candidate in gold unless a span made from it is there already. */
    accept(candidate: Candidate, method: Method): void {
      if (!live.some((span) => fromCandidate(span, candidate.key))) {
        const span = goldSpanOf(candidate, method, ctx)
        created.push(span)
        live.push(span)
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
      return { spans: { created, updated: [], deleted }, decisions: [...changes.values()] }
    },
  }
}

export type GoldEditBuilder = ReturnType<typeof createGoldEditBuilder>

/** A gold span taken from a candidate: the first annotator's span, with who decided and how. */
function goldSpanOf(candidate: Candidate, method: Method, ctx: ReviewContext): Span {
  const first = candidate.spans[0]?.span
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
    ...(first?.attributes !== undefined && { attributes: first.attributes }),
    review,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
}
