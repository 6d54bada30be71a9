import { LARGE_CASE, type UiCaseSize } from './ui-case'

/** The targets for a case (medians, Chromium on a 2-core machine). */
export interface UiTargets {
  /** Switch to the document → every visible span painted, ms. */
  readonly open: number
  /** Add, relabel, delete, undo, redo → painted, ms. */
  readonly edit: number
  /** The longest frame while scrolling or typing a key, ms. */
  readonly frame: number
  /** The JavaScript heap, MB; only set for the large case. */
  readonly heap?: number
}

export function targetsFor(size: UiCaseSize): UiTargets {
  if (size.name === LARGE_CASE.name) return { open: 150, edit: 30, frame: 50, heap: 60 }
  return { open: 60, edit: 30, frame: 50 }
}
