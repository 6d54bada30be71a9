import type { Span } from './span'
import { spansReaching, type SpanLayout } from './span-layout'

/** The span of `label` over exactly `[start, end)`, if the layout has one. */
export function spanWithRange(
  layout: SpanLayout,
  start: number,
  end: number,
  label: string,
): Span | undefined {
  for (const at of spansReaching(layout, start, end)) {
    const span = layout.spans[at] as Span
    if (span.start === start && span.end === end && span.label === label) return span
  }
  return undefined
}
