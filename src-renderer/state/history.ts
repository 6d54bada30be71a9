import { invertChangeSet } from '@core/spans/change-set'
import type { SpanChangeSet } from '@core/spans/span'

import type { History } from './app-state'

export const emptyHistory: History = { undo: [], redo: [] }

// Enough for a long session on one article; older steps fall off the bottom.
const MAX_STEPS = 500

/** A new edit: it becomes the next undo step and the redo stack is dropped. */
export function recordEdit(history: History, changes: SpanChangeSet): History {
  return { undo: [...history.undo, changes].slice(-MAX_STEPS), redo: [] }
}

export interface Step {
  readonly history: History
  /** The change set to apply (and save) to perform the step. */
  readonly changes: SpanChangeSet
}

/** Undo the last edit: apply its inverse, and move the edit onto the redo stack. */
export function takeUndo(history: History): Step | null {
  const last = history.undo.at(-1)
  if (!last) return null
  return {
    history: { undo: history.undo.slice(0, -1), redo: [...history.redo, last] },
    changes: invertChangeSet(last),
  }
}

/** Redo the last undone edit: apply it again, and move it back onto the undo stack. */
export function takeRedo(history: History): Step | null {
  const last = history.redo.at(-1)
  if (!last) return null
  return {
    history: { undo: [...history.undo, last], redo: history.redo.slice(0, -1) },
    changes: last,
  }
}
