import type { Label } from '@core/labels/label'
import type { Span } from '@core/spans/span'

/**
 * A span row's tooltip: its text, its attribute values (`attributes`, the row's compact line),
 * its note, and what its label means (the guideline).
 */
export function spanTooltip(span: Span, label: Label | undefined, attributes = ''): string {
  const parts = [span.text]
  if (attributes) parts.push(attributes)
  if (span.note) parts.push(`Note: ${span.note}`)
  if (label?.description) parts.push(`${label.name}: ${label.description}`)
  return parts.join('\n\n')
}
