import { useEffect, type RefObject } from 'react'

import { offsetsToRange } from './offsets-to-range'
import { selectionToOffsets } from './selection-to-offsets'
import type { TextSelection } from '../state/app-state'

/**
 * Keeps the DOM selection and the pending selection in the store in step: when the
 * analyst's selection leaves the text (a click elsewhere), the pending one is dropped; when
 * the store drops it (a span was made, Escape), the DOM selection goes too.
 */
export function useSelectionTracking(
  rootRef: RefObject<HTMLElement | null>,
  selection: TextSelection | null,
  setSelection: (selection: TextSelection | null) => void,
): void {
  useEffect(() => {
    if (!selection) return
    const onChange = () => {
      const root = rootRef.current
      if (root && !selectionToOffsets(document.getSelection(), root)) setSelection(null)
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [rootRef, selection, setSelection])

  useEffect(() => {
    const root = rootRef.current
    const dom = document.getSelection()
    if (selection || !root || !dom || dom.rangeCount === 0) return
    if (root.contains(dom.anchorNode)) dom.removeAllRanges()
  }, [rootRef, selection])
}

/** Shows `[start, end)` as the DOM selection (e.g. after snapping to whole words). */
export function showSelection(root: Element, start: number, end: number): void {
  const range = offsetsToRange(root, start, end)
  const dom = document.getSelection()
  if (!range || !dom) return
  dom.removeAllRanges()
  dom.addRange(range)
}
