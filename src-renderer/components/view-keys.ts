import { useEffect } from 'react'

import type { Commands } from '../state/commands'
import { useAppState, useCommands } from '../state/use-store'

/** Whether a key press goes to a field the user is typing in. */
export const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
}

/** The key a press stands for, layout-independent for digits (AZERTY's 1 is '&'). */
export const digitOf = (event: Pick<KeyboardEvent, 'key' | 'code'>): string | null => {
  if (/^[1-9]$/.test(event.key)) return event.key
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)
  return match?.[1] ?? null
}

/** Ctrl/Cmd+Z is undo; Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y are redo. */
export function undoRedoOf(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  return key === 'y' && !event.shiftKey ? 'redo' : null
}

/**
 * A view's keyboard, on the window: `handle` says whether it used the key. Silent while the
 * user types in a field or a dialog is open.
 */
export function useViewKeys(handle: (event: KeyboardEvent, commands: Commands) => boolean): void {
  const commands = useCommands()
  const dialogOpen = useAppState((state) => state.dialog !== null)
  useEffect(() => {
    if (dialogOpen) return
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return
      if (handle(event, commands)) event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [commands, dialogOpen, handle])
}
