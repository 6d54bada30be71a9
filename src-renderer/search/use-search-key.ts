import { useEffect } from 'react'

import { isTyping } from '../components/view-keys'
import { useAppState, useCommands } from '../state/use-store'

/** Ctrl/Cmd+Shift+F anywhere, or `/` outside a text field: opens the project search. */
export function useSearchKey(): void {
  const { ui } = useCommands()
  const hasProject = useAppState((state) => state.session?.project != null)
  const dialogOpen = useAppState((state) => state.dialog !== null)
  useEffect(() => {
    if (!hasProject || dialogOpen) return
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const mod = event.ctrlKey || event.metaKey
      const chord = mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f'
      const slash = event.key === '/' && !mod && !event.altKey && !isTyping(event.target)
      if (!chord && !slash) return
      event.preventDefault()
      ui.openDialog({ kind: 'search' })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [ui, hasProject, dialogOpen])
}
