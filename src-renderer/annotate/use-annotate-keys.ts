import { digitOf, undoRedoOf, useViewKeys } from '../components/view-keys'
import type { Commands } from '../state/commands'
import { handleFindKey } from './find-keys'
import { handleRelationKey } from './relation-keys'

/** What a key does in the annotate view; `true` when it was handled. */
export function handleAnnotateKey(event: KeyboardEvent, commands: Commands): boolean {
  const { annotate, documents, comments, find } = commands
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  if (handleRelationKey(event, commands.relations)) return true
  const history = undoRedoOf(event)
  if (history !== null) {
    annotate[history]()
    return true
  }
  if (mod && !event.altKey && event.key === 'Enter') {
    void documents.toggleDone()
    return true
  }
  const found = handleFindKey(event, find)
  if (found) return true
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
      // The find bar goes first; the next Escape drops the selection.
      if (find.close()) return true
      annotate.setSelection(null)
      annotate.selectSpan(null)
      return true
    default:
      return false
  }
}

/** The annotate view's keyboard, on the window; silent while typing or in a dialog. */
export const useAnnotateKeys = (): void => useViewKeys(handleAnnotateKey)
