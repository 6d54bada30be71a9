import type { GlossClient } from '@contract/endpoints'
import type { Result } from '@core/result'

import type { AppState } from './app-state'
import type { Store } from './create-store'

/** What every command works with: the UI state and the contract client. */
export interface CommandContext {
  readonly store: Store<AppState>
  readonly client: GlossClient
}

let nextErrorId = 1

/**
 * The value of a successful result; a failed one goes to the error banner as it is
 * (message, hint, file) and yields `null`.
 */
export function unwrap<T>(ctx: CommandContext, result: Result<T>): T | null {
  if (result.ok) return result.value
  const shown = { id: nextErrorId++, error: result.error }
  ctx.store.update((state) => ({ ...state, errors: [...state.errors, shown] }))
  return null
}
