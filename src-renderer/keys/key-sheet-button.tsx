import { useCommands } from '../state/use-store'

/** The top bar's way to the key sheet, for those who have not met `?` yet. */
export function KeySheetButton() {
  const { ui } = useCommands()
  return (
    <button
      type="button"
      className="icon-button keys-button"
      aria-label="Keyboard shortcuts"
      title="Keyboard shortcuts (?)"
      onClick={() => ui.openDialog({ kind: 'keys' })}
    >
      ?
    </button>
  )
}
