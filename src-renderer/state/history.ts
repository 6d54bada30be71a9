import type { EditHistory } from './app-state'

export const emptyHistory: EditHistory<never> = { undo: [], redo: [] }

// Enough for a long session on one article; older steps fall off the bottom.
const MAX_STEPS = 500

/** A new edit: it becomes the next undo step and the redo stack is dropped. */
export function recordEdit<T>(history: EditHistory<T>, edit: T): EditHistory<T> {
  return { undo: [...history.undo, edit].slice(-MAX_STEPS), redo: [] }
}

export interface Step<T> {
  readonly history: EditHistory<T>
  /** The edit to apply (and save) to perform the step. */
  readonly changes: T
}

/** Undo the last edit: apply its inverse, and move the edit onto the redo stack. */
export function takeUndo<T>(history: EditHistory<T>, invert: (edit: T) => T): Step<T> | null {
  const last = history.undo.at(-1)
  if (last === undefined) return null
  return {
    history: { undo: history.undo.slice(0, -1), redo: [...history.redo, last] },
    changes: invert(last),
  }
}

/** Redo the last undone edit: apply it again, and move it back onto the undo stack. */
export function takeRedo<T>(history: EditHistory<T>): Step<T> | null {
  const last = history.redo.at(-1)
  if (last === undefined) return null
  return {
    history: { undo: [...history.undo, last], redo: history.redo.slice(0, -1) },
    changes: last,
  }
}
