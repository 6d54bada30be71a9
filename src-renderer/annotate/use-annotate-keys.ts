import { digitOf, undoRedoOf, useViewKeys } from '../components/view-keys'
import { focusInspector } from '../keys/focus-targets'
import type { Commands } from '../state/commands'
import { docLabelKey } from './doc-label-keys'
import { focusFirstAttribute } from './attribute-keys'
import { handleFindKey } from './find-keys'
import { handleRelationKey } from './relation-keys'

/**
 * What a key does in the annotate view; `true` when it was handled. `inspect` moves the
 * focus into the selected span's inspector (the page's, passed in for tests).
 */
export function handleAnnotateKey(
  event: KeyboardEvent,
  commands: Commands,
  inspect: () => boolean = focusInspector,
  attributes: () => boolean = focusFirstAttribute,
): boolean {
  const { annotate, documents, comments, find, spanSteps } = commands
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.toLowerCase()
  if (handleRelationKey(event, commands.relations)) return true
  const history = undoRedoOf(event)
  if (history !== null) {
    annotate[history]()
    return true
  }
  if (mod && !event.altKey && !event.shiftKey && event.key === 'Enter') {
    void documents.toggleDone()
    return true
  }
  const found = handleFindKey(event, find)
  if (found) return true
  if (event.altKey || mod) return false
  const digit = event.shiftKey ? null : digitOf(event)
  if (digit) return annotate.pressLabelKey(digit)
  if (event.shiftKey) return docLabelKey(event, commands)
  switch (key) {
    case 'j':
      void documents.stepDocument(1)
      return true
    case 'k':
      void documents.stepDocument(-1)
      return true
    case 'n':
      return spanSteps.step(1)
    case 'p':
      return spanSteps.step(-1)
    case 'i':
      return inspect()
    case 'c':
      return comments.compose()
    case 'g':
      return commands.guidelines.open()
    case 'a':
      return attributes()
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
export const useAnnotateKeys = (): void => useViewKeys(handleWindowKey)

const handleWindowKey = (event: KeyboardEvent, commands: Commands): boolean =>
  handleAnnotateKey(event, commands)
