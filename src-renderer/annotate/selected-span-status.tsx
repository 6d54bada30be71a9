import type { Label } from '@core/labels/label'
import type { Span } from '@core/spans/span'

import { spanLabelText } from './span-label-text'

interface SelectedSpanStatusProps {
  readonly span: Span | undefined
  /** Where it is in the document's spans (0-based) and how many there are. */
  readonly index: number
  readonly count: number
  readonly labels: readonly Label[]
}

/**
 * Says which span is selected, for screen readers (a polite live region): the highlights are
 * painted boxes, so moving with N / P would otherwise be silent.
 */
export function SelectedSpanStatus({ span, index, count, labels }: SelectedSpanStatusProps) {
  const label = span && labels.find((candidate) => candidate.id === span.label)
  return (
    <div className="visually-hidden" role="status" data-testid="selected-span-status">
      {span ? `Span ${index + 1} of ${count}, ${spanLabelText(span, label)}` : ''}
    </div>
  )
}
