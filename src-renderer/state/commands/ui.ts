import type { View, DialogState } from '../app-state'
import type { CommandContext } from '../context'

export function createUiCommands(ctx: CommandContext) {
  const { store } = ctx
  return {
    /** Switches the workspace to another view; a pending text selection does not follow. */
    showView: (view: View): void => {
      store.update((state) => ({ ...state, view, selection: null }))
    },
    openDialog: (dialog: DialogState): void => {
      store.update((state) => ({ ...state, dialog }))
    },
    closeDialog: (): void => {
      store.update((state) => ({ ...state, dialog: null }))
    },
    dismissError: (id: number): void => {
      store.update((state) => ({ ...state, errors: state.errors.filter((e) => e.id !== id) }))
    },
  }
}

export type UiCommands = ReturnType<typeof createUiCommands>
