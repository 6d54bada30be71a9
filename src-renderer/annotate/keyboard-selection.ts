import { offsetsToRange } from './offsets-to-range'
import { selectionToOffsets, type Offsets } from './selection-to-offsets'

const DIRECTIONS: Readonly<Record<string, 'forward' | 'backward'>> = {
  ArrowRight: 'forward',
  ArrowDown: 'forward',
  ArrowLeft: 'backward',
  ArrowUp: 'backward',
}

/**
 * Shift+arrows in the text view: extend the DOM selection (by character, word with
 * Ctrl/Alt, or line with up/down) with Selection.modify, starting at `from()` when nothing
 * in the view is selected yet. Returns the new selection, or `undefined` if the key is not
 * one of these (then `from` is not asked: every key in the view passes through here).
 */
export function extendSelectionByKey(
  root: Element,
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>,
  from: () => number,
): Offsets | null | undefined {
  const direction = DIRECTIONS[event.key]
  if (!event.shiftKey || !direction) return undefined
  const selection = document.getSelection()
  if (!selection) return null
  // A collapsed selection shows no caret in this read-only text (focusing the view puts one at
  // its top): it is no place to start from, `from()` is.
  if (selection.rangeCount === 0 || selection.isCollapsed || !root.contains(selection.anchorNode)) {
    const at = from()
    const start = offsetsToRange(root, at, at + 1)
    if (!start) return null
    selection.collapse(start.startContainer, start.startOffset)
  }
  const vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown'
  const word = event.ctrlKey || event.altKey || event.metaKey
  selection.modify('extend', direction, vertical ? 'line' : word ? 'word' : 'character')
  return selectionToOffsets(selection, root)
}
