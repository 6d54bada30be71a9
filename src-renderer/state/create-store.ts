export type Listener = () => void

/** A framework-free store: the whole UI state in one immutable value. */
export interface Store<S> {
  readonly get: () => S
  /** Replaces the state with `update(current)`; listeners run only when it changed. */
  readonly update: (update: (state: S) => S) => void
  readonly subscribe: (listener: Listener) => () => void
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial
  const listeners = new Set<Listener>()
  return {
    get: () => state,
    update: (update) => {
      const next = update(state)
      if (next === state) return
      state = next
      for (const listener of [...listeners]) listener()
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
