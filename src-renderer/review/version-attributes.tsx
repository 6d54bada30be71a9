import type { Label } from '@core/labels/label'
import type { Candidate } from '@core/review/review-layer'
import { attributeLine } from '@core/spans/span-attributes'

interface VersionAttributesProps {
  readonly candidate: Candidate
  readonly annotator: string
  readonly label: Label | undefined
}

/** An annotator's attribute values on their version of a group, as the span list shows them. */
export function VersionAttributes({ candidate, annotator, label }: VersionAttributesProps) {
  const span = candidate.spans.find((item) => item.annotator === annotator)?.span
  const line = span === undefined ? '' : attributeLine(span, label)
  if (line === '') return null
  return <span className="version-attributes">{line}</span>
}
