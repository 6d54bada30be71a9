interface MergePathStepProps {
  readonly path: string
  readonly onPath: (path: string) => void
  readonly onSubmit: () => void
  /** Electron: a native folder dialog instead of typing. */
  readonly onPick?: () => void
  readonly busy: boolean
}

/** The first step: which folder holds the colleague's project. */
export function MergePathStep({ path, onPath, onSubmit, onPick, busy }: MergePathStepProps) {
  return (
    <form
      id="merge-form"
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor="merge-path">
          Colleague’s project folder (full path on the machine running Gloss)
        </label>
        <div className="picker-row">
          <input
            id="merge-path"
            className="grow"
            autoFocus
            value={path}
            placeholder="/media/usb/Gloss/elections-2024"
            spellCheck={false}
            disabled={busy}
            onChange={(event) => onPath(event.target.value)}
          />
          {onPick && (
            <button type="button" onClick={onPick} disabled={busy}>
              Choose folder…
            </button>
          )}
        </div>
      </div>
      <p className="field-help">
        Their annotators’ layers and the documents this project lacks are copied in. Nothing in this
        project is changed, and their folder is only read. You see what would come in before
        anything is merged.
      </p>
    </form>
  )
}
