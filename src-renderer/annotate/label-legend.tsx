import type { Label } from '@core/labels/label'
import { memo, type CSSProperties } from 'react'

interface LabelLegendProps {
  readonly labels: readonly Label[]
  /** Spans per label id (the layout keeps them counted, edit by edit). */
  readonly counts: ReadonlyMap<string, number>
}

/** The label set with each label's key and how often it is used in this document. */
export const LabelLegend = memo(function LabelLegend({ labels, counts }: LabelLegendProps) {
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
})
