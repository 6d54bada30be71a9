import type { Label } from '@core/labels/label'
import type { Span } from '@core/spans/span'

/** A span row's tooltip: its text, its note, and what its label means (the guideline). */
export function spanTooltip(span: Span, label: Label | undefined): string {
  const parts = [span.text]
  if (span.note) parts.push(`Note: ${span.note}`)
  if (label?.description) parts.push(`${label.name}: ${label.description}`)
  return parts.join('\n\n')
}
