import { useEffect } from 'react'

import { useAppState, useCommands } from '../state/use-store'
import { applyPreferences, zoomKeyOf } from './apply-preferences'

/**
 * Keeps the page's theme, text size and width in step with the preferences, and takes
 * Ctrl/Cmd + / − / 0 from the browser (whose page zoom would scale the whole window) for the
 * text size. In Electron the View menu's items send the same keys.
 */
export function ComfortEffects() {
  const preferences = useAppState((state) => state.comfort.preferences)
  const { comfort } = useCommands()
  useEffect(() => applyPreferences(document.documentElement, preferences), [preferences])
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const step = zoomKeyOf(event)
      if (step === null) return
      event.preventDefault()
      void comfort.zoomText(step)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [comfort])
  return null
}
