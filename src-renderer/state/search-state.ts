import type { ProjectSearch } from '@contract/search-endpoints'

/** The project search dialog's last search, kept while the dialog is closed. */
export interface SearchState {
  /** What is in the search box. */
  readonly query: string
  /** The query the results answer, and the results; `null` before the first search. */
  readonly answered: { readonly query: string; readonly outcome: ProjectSearch } | null
  /** The result row the keyboard is on (an index into the results). */
  readonly current: number
}

export const initialSearchState: SearchState = { query: '', answered: null, current: 0 }
