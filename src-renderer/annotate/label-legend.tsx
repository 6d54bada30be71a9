import type { Label } from '@core/labels/label'
import type { Span } from '@core/spans/span'
import type { CSSProperties } from 'react'

interface LabelLegendProps {
  readonly labels: readonly Label[]
  readonly spans: readonly Span[]
}

/** The label set with each label's key and how often it is used in this document. */
export function LabelLegend({ labels, spans }: LabelLegendProps) {
  const counts = new Map<string, number>()
  for (const span of spans) counts.set(span.label, (counts.get(span.label) ?? 0) + 1)
  return (
    <ul className="legend" aria-label="Labels">
      {labels.map((label) => (
        <li
          key={label.id}
          title={label.description}
          style={{ '--c': label.color } as CSSProperties}
        >
          <span className="chip" aria-hidden="true" />
          <span className="legend-name">{label.name}</span>
          {label.hotkey && <kbd>{label.hotkey}</kbd>}
          <span className="legend-count" aria-label={`${counts.get(label.id) ?? 0} spans`}>
            {counts.get(label.id) ?? 0}
          </span>
        </li>
      ))}
    </ul>
  )
}
