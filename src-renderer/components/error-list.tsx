import { useAppState, useCommands } from '../state/use-store'

/** Errors from the main side, shown with their message, file and hint as they came. */
export function ErrorList() {
  const errors = useAppState((state) => state.errors)
  const { ui } = useCommands()
  if (errors.length === 0) return null
  return (
    <div className="error-list">
      {errors.map(({ id, error }) => (
        <div key={id} role="alert" className="error-banner">
          <div className="error-text">
            <strong>{error.message}</strong>
            {error.file && <div className="error-file">{error.file}</div>}
            {error.hint && <div className="error-hint">{error.hint}</div>}
          </div>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss error"
            onClick={() => ui.dismissError(id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
