import type { Theme } from '@core/preferences'

import { MOD } from '../components/undo-redo-buttons'
import { useAppState, useCommands } from '../state/use-store'

const THEME_NAMES: Readonly<Record<Theme, string>> = {
  system: 'Same as the system',
  light: 'Light',
  dark: 'Dark',
}

/** Theme, text size and reading width: this person's, kept outside the project. */
export function DisplaySettings() {
  const preferences = useAppState((state) => state.comfort.preferences)
  const { comfort } = useCommands()
  return (
    <section className="settings-section">
      <h3>Display</h3>
      <label className="field">
        <span>Theme</span>
        <select
          value={preferences.theme}
          onChange={(event) => void comfort.set({ theme: event.target.value as Theme })}
        >
          {Object.entries(THEME_NAMES).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <div className="display-zoom" role="group" aria-label="Text size">
        <span>Text size {Math.round(preferences.textZoom * 100)}%</span>
        <button type="button" onClick={() => void comfort.zoomText('out')} title={`${MOD}−`}>
          Smaller
        </button>
        <button type="button" onClick={() => void comfort.zoomText('in')} title={`${MOD}+`}>
          Larger
        </button>
        <button type="button" onClick={() => void comfort.zoomText('reset')} title={`${MOD}0`}>
          Reset
        </button>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={preferences.wideText}
          onChange={(event) => void comfort.set({ wideText: event.target.checked })}
        />
        Use the whole width for the article text (instead of about 72 characters a line)
      </label>
    </section>
  )
}
