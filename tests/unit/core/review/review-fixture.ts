import type { ReviewLayer } from '../../../../src-main/core/review/review-layer'
import type { ReviewContext } from '../../../../src-main/core/review/gold-edit-builder'
import type { Span } from '../../../../src-main/core/spans/span'
import { phraseSpan } from '../../../support/phrase-span'

/** An invented article; offsets below are into it. */
export const TEXT =
  'The minister will expand visa checks. Arrivals rose 12% to 76,000 last year, officials said.'

const STAMP = '2026-01-01T00:00:00.000Z'

/** A span over the first occurrence of `phrase` in TEXT. */
export function on(phrase: string, label: string, id = `${label}-${phrase}`): Span {
  return phraseSpan(TEXT, phrase, label, id, STAMP)
}

export const layer = (annotator: string, ...spans: Span[]): ReviewLayer => ({ annotator, spans })

/** A review context with a counter for ids, so results compare exactly. */
export function context(reviewer = 'carol'): ReviewContext {
  let next = 0
  return { text: TEXT, reviewer, now: '2026-02-02T09:00:00.000Z', newId: () => `g${++next}` }
}
