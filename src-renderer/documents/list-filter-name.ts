import type { AppState } from '../state/app-state'
import { labelFilterOf } from '../state/shown-documents'
import { STATUS_NAMES } from './status'

/** The list's filters in words ("done, with Commitment spans"), or `null` when it shows all. */
export function listFilterName(state: AppState): string | null {
  const label = labelFilterOf(state)
  const name = state.session?.project?.labels.find((known) => known.id === label)?.name
  const parts = [
    ...(state.filter === 'all' ? [] : [STATUS_NAMES[state.filter]]),
    ...(name === undefined ? [] : [`with ${name} spans`]),
  ]
  return parts.length === 0 ? null : parts.join(', ')
}
