import type { DocumentSort } from '@core/documents/sort-documents'

import type { AppState } from '../app-state'
import type { CommandContext } from '../context'
import type { ListView } from '../list-view'
import { withTitle } from '../retitle'

const withListView = (state: AppState, change: Partial<ListView>): AppState => ({
  ...state,
  listView: { ...state.listView, ...change },
})

/** The document list's own controls: its sort, its label filter, renaming a document. */
export function createDocumentListCommands(ctx: CommandContext) {
  const { store, client } = ctx
  const update = (change: Partial<ListView>): void =>
    store.update((state) => withListView(state, change))

  return {
    setSort: (sort: DocumentSort): void => update({ sort }),

    /** Only documents with a span of this label (`null`: any document). */
    setLabelFilter: (label: string | null): void => update({ label }),

    /** Opens the title of `docId` (default: the open document) for editing in the list. */
    startRename: (docId?: string): void => {
      const target = docId ?? store.get().doc?.entry.id
      if (target !== undefined) update({ renamingId: target, renameError: null })
    },

    cancelRename: (): void => update({ renamingId: null, renameError: null }),

    /**
     * Saves the title typed for `docId`; everywhere it is shown changes at once. A title the
     * host refuses stays in the field with the reason. `true` once saved.
     */
    rename: async (docId: string, title: string): Promise<boolean> => {
      const result = await client.renameDocument({ docId, title })
      if (!result.ok) {
        const { message, hint } = result.error
        update({ renameError: hint ? `${message} ${hint}` : message })
        return false
      }
      store.update((state) =>
        withListView(withTitle(state, docId, result.value.title), {
          renamingId: state.listView.renamingId === docId ? null : state.listView.renamingId,
          renameError: null,
        }),
      )
      return true
    },
  }
}

export type DocumentListCommands = ReturnType<typeof createDocumentListCommands>
