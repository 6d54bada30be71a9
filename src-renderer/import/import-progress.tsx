import { useAppState, useCommands } from '../state/use-store'

/** The import's progress bar; Cancel keeps what is imported so far and sends no more. */
export function ImportProgress() {
  const progress = useAppState((state) => state.importProgress)
  const { imports } = useCommands()
  if (!progress) return null
  return (
    <div className="import-progress">
      <span>
        Importing {progress.done} / {progress.total} files…
      </span>
      <progress
        aria-label="Import progress"
        max={Math.max(progress.total, 1)}
        value={progress.done}
      />
      <button type="button" onClick={imports.cancel}>
        Cancel import
      </button>
    </div>
  )
}
