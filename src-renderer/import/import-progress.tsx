import { useAppState } from '../state/use-store'

export function ImportProgress() {
  const progress = useAppState((state) => state.importProgress)
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
    </div>
  )
}
