import type { Span } from '@core/spans/span'

/** The first-run hints: 1 select some text, 2 press a label's key, 3 the span is saved. */
export type HintStep = 1 | 2 | 3

/**
 * Where the analyst is, from what they really did: a span that was not there when the hints
 * began means they labelled something (3); a pending selection means they selected (2).
 * Dropping the selection before labelling goes back to 1, as it undoes what step 1 asked.
 */
export function hintStep(
  spansAtStart: ReadonlySet<string>,
  spans: readonly Span[],
  selecting: boolean,
): HintStep {
  if (spans.some((span) => !spansAtStart.has(span.id))) return 3
  return selecting ? 2 : 1
}
