import { useEffect } from 'react'

import type { Commands } from '../state/commands'
import { useAppState, useCommands } from '../state/use-store'

const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
}

/** The key a press stands for, layout-independent for digits (AZERTY's 1 is '&'). */
const digitOf = (event: KeyboardEvent): string | null => {
  if (/^[1-9]$/.test(event.key)) return event.key
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)
  return match?.[1] ?? null
}

/** What a key does in the annotate view; `true` when it was handled. */
export function handleAnnotateKey(event: KeyboardEvent, commands: Commands): boolean {
  const { annotate, documents, comments } = commands
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  if (mod && !event.altKey) {
    if (key === 'z' && !event.shiftKey) annotate.undo()
    else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) annotate.redo()
    else if (event.key === 'Enter') void documents.toggleDone()
    else return false
    return true
  }
  if (event.altKey || mod) return false
  const digit = event.shiftKey ? null : digitOf(event)
  if (digit) return annotate.pressLabelKey(digit)
  if (event.shiftKey) return false
  switch (key) {
    case 'j':
      void documents.stepDocument(1)
      return true
    case 'k':
      void documents.stepDocument(-1)
      return true
    case 'c':
      return comments.compose()
    case 'delete':
    case 'backspace':
      return annotate.deleteSelected()
    case 'escape':
      annotate.setSelection(null)
      annotate.selectSpan(null)
      return true
    default:
      return false
  }
}

/** The annotate view's keyboard, on the window; silent while typing or in a dialog. */
export function useAnnotateKeys(): void {
  const commands = useCommands()
  const dialogOpen = useAppState((state) => state.dialog !== null)
  useEffect(() => {
    if (dialogOpen) return
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return
      if (handleAnnotateKey(event, commands)) event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [commands, dialogOpen])
}
