import type { SearchResult } from '@contract/search-endpoints'
import type { WorkProgress } from '@contract/work-endpoints'

import type { CommandContext } from '../context'
import { unwrap } from '../context'
import type { SearchState } from '../search-state'
import { followWork, newWorkId } from '../work-progress'
import type { AnnotateCommands } from './annotate'
import type { DocumentCommands } from './documents'

export type SearchRun = 'done' | 'cancelled' | 'failed'

/** Project-wide search (Ctrl/Cmd+Shift+F): run, cancel, and open a result where it is. */
export function createSearchCommands(
  ctx: CommandContext,
  documents: DocumentCommands,
  annotate: AnnotateCommands,
) {
  const { store, client } = ctx
  let runningId: string | null = null

  const setSearch = (patch: Partial<SearchState>): void =>
    store.update((state) => ({ ...state, search: { ...state.search, ...patch } }))

  return {
    setQuery: (query: string): void => setSearch({ query }),

    /** Moves the keyboard's row by `delta`, within the results. */
    moveCurrent: (delta: number): void => {
      const { answered, current } = store.get().search
      const count = answered?.outcome.results.length ?? 0
      if (count > 0) setSearch({ current: Math.min(count - 1, Math.max(0, current + delta)) })
    },

    /** Searches the project for what is in the box; a cancelled search keeps the old results. */
    run: async (onProgress: (progress: WorkProgress) => void): Promise<SearchRun> => {
      const query = store.get().search.query
      const workId = newWorkId()
      runningId = workId
      const stop = followWork(client, workId, onProgress)
      const result = await client.searchProject({ query, workId })
      stop()
      if (runningId === workId) runningId = null
      if (!result.ok && result.error.code === 'cancelled') return 'cancelled'
      const outcome = unwrap(ctx, result)
      if (!outcome) return 'failed'
      setSearch({ answered: { query, outcome }, current: 0 })
      return 'done'
    },

    /** Cancels the running search, if any (Cancel, or Esc while it runs). */
    cancel: async (): Promise<void> => {
      if (runningId !== null) await client.cancelWork({ workId: runningId })
    },

    /**
     * Opens the result's document in the annotate view and selects the place: the span itself
     * when it is the analyst's own, else the matched text, scrolled into view.
     */
    open: async (result: SearchResult): Promise<void> => {
      store.update((state) => ({ ...state, dialog: null, view: 'annotate' }))
      if (store.get().doc?.entry.id !== result.docId) await documents.openDocument(result.docId)
      const { doc, session } = store.get()
      if (doc?.entry.id !== result.docId) return
      if (result.span && result.span.annotator === session?.annotator) {
        annotate.selectSpan(result.span.id, true)
        return
      }
      if (result.end === result.start) return
      store.update((state) => ({
        ...state,
        selectedSpanId: null,
        selection: { start: result.start, end: result.end, exact: true },
        revealSeq: state.revealSeq + 1,
        revealAt: { start: result.start, end: result.end },
      }))
    },
  }
}

export type SearchCommands = ReturnType<typeof createSearchCommands>
