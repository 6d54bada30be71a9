import type { DocumentListItem } from '@contract/endpoints'
import { filterDocuments } from '@core/documents/filter-documents'

import type { AppState } from './app-state'
import { createSortedList } from './sorted-list'

const sorted = createSortedList<DocumentListItem>()
let last: { state: AppState; shown: readonly DocumentListItem[] } | null = null

/** The label filter in force: one the project no longer has (or another project's) is none. */
export function labelFilterOf(state: AppState): string | null {
  const { label } = state.listView
  const labels = state.session?.project?.labels ?? []
  return label !== null && labels.some((known) => known.id === label) ? label : null
}

/**
 * The document list as the analyst sees it: the status and label filters, then the sort.
 * The same answer (===) while the list, the filters and the sort are unchanged, so it can
 * be selected from the store and read again per key press at no cost.
 */
export function shownDocuments(state: AppState): readonly DocumentListItem[] {
  if (
    last !== null &&
    last.state.documents === state.documents &&
    last.state.filter === state.filter &&
    last.state.listView.sort === state.listView.sort &&
    labelFilterOf(last.state) === labelFilterOf(state)
  ) {
    return last.shown
  }
  const filtered = filterDocuments(state.documents, {
    status: state.filter,
    label: labelFilterOf(state),
  })
  const shown = sorted(filtered, state.listView.sort)
  last = { state, shown }
  return shown
}

/** Whether the open document has a row in the list as shown (so its title can be edited there). */
export const openDocumentListed = (state: AppState): boolean => {
  const id = state.doc?.entry.id
  return (
    id !== undefined &&
    state.view === 'annotate' &&
    shownDocuments(state).some((item) => item.id === id)
  )
}
