import type { MergeLayer } from '@core/project/merge-summary'
import { counted } from '@core/project/merge-wording'

interface RenameFieldProps {
  /** The layer as it clashes under its own name. */
  readonly clash: MergeLayer
  readonly name: string
  readonly problem: string | undefined
  readonly onChange: (name: string) => void
}

/** The name to merge a clashing layer under; empty leaves the layer out. */
export function RenameField({ clash, name, problem, onChange }: RenameFieldProps) {
  const id = `merge-as-${clash.name}`
  return (
    <div className="merge-rename">
      <input
        id={id}
        aria-label={`Merge ${clash.name} as`}
        aria-describedby={`${id}-help`}
        aria-invalid={problem !== undefined}
        value={name}
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
      <span id={`${id}-help`} className={problem ? 'field-error' : 'field-help'}>
        {problem ??
          `Clashes with this project’s ${clash.name} (${counted(clash.filesDiffering, 'file differs', 'files differ')}). Leave empty to leave it out.`}
      </span>
    </div>
  )
}
