import { useSyncExternalStore } from 'react'

import { useAppState } from '../state/use-store'

// null where the page has no media queries (jsdom in unit tests): light, as before.
const darkQuery = (): MediaQueryList | null =>
  typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null

const subscribe = (change: () => void): (() => void) => {
  const query = darkQuery()
  query?.addEventListener('change', change)
  return () => query?.removeEventListener('change', change)
}

/** Whether the window is dark now: the theme chosen in Settings, else the OS's. */
export function useDarkTheme(): boolean {
  const theme = useAppState((state) => state.comfort.preferences.theme)
  const systemDark = useSyncExternalStore(subscribe, () => darkQuery()?.matches === true)
  return theme === 'system' ? systemDark : theme === 'dark'
}
