import type { AppState } from './app-state'

/** The state without the document's undo steps: they were made on a version now replaced. */
export const withoutHistory = (state: AppState, docId: string): AppState => ({
  ...state,
  histories: Object.fromEntries(Object.entries(state.histories).filter(([id]) => id !== docId)),
})
