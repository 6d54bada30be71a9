import type { Label } from '@core/labels/label'
import type { CSSProperties } from 'react'

interface LabelChoicesProps {
  /** What the group is called for screen readers, e.g. "Label". */
  readonly name: string
  readonly labels: readonly Label[]
  /** The chosen label's id. */
  readonly value: string
  readonly onChoose: (labelId: string) => void
}

/** The label set as radio buttons, each in its colour with its key. */
export function LabelChoices({ name, labels, value, onChoose }: LabelChoicesProps) {
  return (
    <div role="radiogroup" aria-label={name} className="label-choices">
      {labels.map((label) => (
        <button
          key={label.id}
          type="button"
          role="radio"
          aria-checked={value === label.id}
          title={label.description || undefined}
          style={{ '--c': label.color } as CSSProperties}
          onClick={() => onChoose(label.id)}
        >
          <span className="chip" aria-hidden="true" />
          {label.name}
          {label.hotkey && <kbd aria-hidden="true">{label.hotkey}</kbd>}
        </button>
      ))}
    </div>
  )
}
