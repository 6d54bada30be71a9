/** `system` follows the OS (prefers-color-scheme); the others override it. */
export type Theme = 'system' | 'light' | 'dark'

/**
 * How the window looks and what it has taught, kept in the app's settings (not the project:
 * a colleague who opens the same folder keeps their own).
 */
export interface Preferences {
  readonly theme: Theme
  /** The article text's size as a factor of the standard size (Ctrl/Cmd + / − / 0). */
  readonly textZoom: number
  /** The text column uses the whole width instead of a comfortable ~72 characters. */
  readonly wideText: boolean
  /** The first-run hints (select, press a label key, saved) were finished or skipped. */
  readonly hintsDone: boolean
}

export const THEMES: readonly Theme[] = ['system', 'light', 'dark']

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  textZoom: 1,
  wideText: false,
  hintsDone: false,
}

/** The text sizes Ctrl/Cmd + and − step through, as browsers step their page zoom. */
export const TEXT_ZOOM_STEPS: readonly number[] = [0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5]

/**
 * The text size after one step `in` (larger) or `out` (smaller) from `current`, or back to
 * 1 on `reset`. A size between steps (edited by hand in settings.json) moves to the next step
 * in that direction; at either end it stays.
 */
export function nextTextZoom(current: number, step: 'in' | 'out' | 'reset'): number {
  if (step === 'reset') return 1
  const steps = step === 'in' ? TEXT_ZOOM_STEPS : [...TEXT_ZOOM_STEPS].reverse()
  const further = steps.find((size) => (step === 'in' ? size > current : size < current))
  return further ?? current
}
