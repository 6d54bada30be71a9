import { digitOf, undoRedoOf, useViewKeys } from '../components/view-keys'
import type { Commands } from '../state/commands'
import { focusFirstAttribute } from '../annotate/attribute-keys'
import { focusRelationRow } from './relation-focus'

const NUDGES: Readonly<Record<string, readonly ['start' | 'end', -1 | 1]>> = {
  '[': ['start', -1],
  ']': ['start', 1],
  '{': ['end', -1],
  '}': ['end', 1],
}

/**
 * What a key does in the review view; `true` when it was handled. `relationRow` moves the
 * focus through the relation rows, `attributes` into the gold span's first attribute field
 * (the page's, passed in for tests).
 */
export function handleReviewKey(
  event: KeyboardEvent,
  commands: Commands,
  relationRow: (direction: 1 | -1) => boolean = focusRelationRow,
  attributes: () => boolean = focusFirstAttribute,
): boolean {
  const { review, decide, annotate } = commands
  const history = undoRedoOf(event)
  if (history !== null) {
    decide[history]()
    return true
  }
  if (event.altKey || event.ctrlKey || event.metaKey) return false
  const nudge = NUDGES[event.key]
  if (nudge) {
    decide.nudgeGold(...nudge)
    return true
  }
  const key = event.key.toLowerCase()
  const digit = event.shiftKey ? null : digitOf(event)
  if (digit) return decide.pressDigit(digit)
  if (key === 'r') return relationRow(event.shiftKey ? -1 : 1)
  if (event.shiftKey) return false
  switch (key) {
    case 'n':
      review.stepGroup(1)
      return true
    case 'p':
      review.stepGroup(-1)
      return true
    case 'j':
      void review.stepDocument(1)
      return true
    case 'k':
      void review.stepDocument(-1)
      return true
    case 'a':
      // With a gold span selected whose label has attributes, A edits them, as in annotate.
      if (attributes()) return true
      decide.acceptAllAgreed()
      return true
    case 'x':
    case 'delete':
    case 'backspace':
      return decide.deleteOrReject()
    case 'escape':
      annotate.setSelection(null)
      review.selectGoldSpan(null)
      return true
    default:
      return false
  }
}

/** The review view's keyboard, on the window; silent while typing or in a dialog. */
export const useReviewKeys = (): void => useViewKeys(handleWindowKey)

const handleWindowKey = (event: KeyboardEvent, commands: Commands): boolean =>
  handleReviewKey(event, commands)
