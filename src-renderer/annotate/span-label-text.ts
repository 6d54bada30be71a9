import type { Label } from '@core/labels/label'
import type { Span } from '@core/spans/span'

const LONGEST = 90

/** A span as a screen reader says it: "Statistic: 76,000 people", long text cut short. */
export function spanLabelText(span: Span, label: Label | undefined): string {
  const text =
    span.text.length > LONGEST ? `${span.text.slice(0, LONGEST - 1).trimEnd()}…` : span.text
  return `${label?.name ?? span.label}: ${text}`
}
