import type { Preferences } from '@core/preferences'

/**
 * Puts the preferences on the page's root element, where the style sheets read them:
 * `data-theme` (system follows prefers-color-scheme), `data-text-width` and `--text-zoom`.
 */
export function applyPreferences(root: HTMLElement, preferences: Preferences): void {
  root.dataset.theme = preferences.theme
  root.dataset.textWidth = preferences.wideText ? 'wide' : 'comfortable'
  root.style.setProperty('--text-zoom', String(preferences.textZoom))
}

/** The text-size step Ctrl/Cmd with `+`/`=`, `-` or `0` asks for; `null` for any other key. */
export function zoomKeyOf(event: KeyboardEvent): 'in' | 'out' | 'reset' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  switch (event.key) {
    case '+':
    case '=':
      return 'in'
    case '-':
    case '_':
      return 'out'
    case '0':
      return 'reset'
    default:
      return null
  }
}
