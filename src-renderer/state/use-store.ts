import { createContext, useContext, useSyncExternalStore } from 'react'

import type { AppState } from './app-state'
import type { Commands } from './commands'
import type { Store } from './create-store'

export interface Workbench {
  readonly store: Store<AppState>
  readonly commands: Commands
}

export const WorkbenchContext = createContext<Workbench | null>(null)

const useWorkbench = (): Workbench => {
  const workbench = useContext(WorkbenchContext)
  if (!workbench) throw new Error('WorkbenchContext is missing')
  return workbench
}

/**
 * The one React binding. `select` must return a value that stays the same (===) while the
 * part of the state it reads is unchanged: select fields, do not build new arrays here.
 */
export function useAppState<T>(select: (state: AppState) => T): T {
  const { store } = useWorkbench()
  return useSyncExternalStore(store.subscribe, () => select(store.get()))
}

export const useCommands = (): Commands => useWorkbench().commands
