import { layoutSpans } from '@core/spans/span-layout'
import type { Relation } from '@core/relations/relation'
import type { DocumentStatus, Span } from '@core/spans/span'

import type { AppState, OpenDoc, StatusFilter } from '../app-state'
import type { CommandContext } from '../context'
import { unwrap } from '../context'
import { withOpenedDocLabels } from '../doc-labels'
import { withListedTitles } from '../retitle'
import { findForNewDocument } from '../find-state'
import { shownDocuments } from '../shown-documents'
import { loadGoldFor } from './gold-compare'
import type { SaveQueue } from '../save-queue'
import type { CommentCommands } from './comments'

/** An open document over `spans` (in any order): sorted and laid out once, here. */
export function openDocOf(
  entry: OpenDoc['entry'],
  text: string,
  spans: readonly Span[],
  status: DocumentStatus,
  relations: readonly Relation[] = [],
): OpenDoc {
  const layout = layoutSpans(spans)
  return { entry, text, spans: layout.spans, layout, status, relations }
}

const withStatus = (state: AppState, docId: string, status: DocumentStatus): AppState => ({
  ...state,
  doc: state.doc?.entry.id === docId ? { ...state.doc, status } : state.doc,
  documents: state.documents.map((item) => (item.id === docId ? { ...item, status } : item)),
})

export function createDocumentCommands(
  ctx: CommandContext,
  comments: CommentCommands,
  saves: SaveQueue,
) {
  const { store, client } = ctx

  const commands = {
    refreshDocuments: async (): Promise<void> => {
      const documents = unwrap(ctx, await client.listDocuments({}))
      // A title may have changed in another window: the open document's too.
      if (documents) store.update((state) => withListedTitles({ ...state, documents }))
    },

    /** Opens a document with everyone's comments on it; loading never saves anything. */
    openDocument: async (docId: string): Promise<void> => {
      store.update((state) => ({ ...state, openingDocId: docId }))
      // Fresh from disk on every open: a colleague's comments may have arrived since.
      const [result] = await Promise.all([client.getDocument({ docId }), comments.load(docId)])
      const opened = unwrap(ctx, result)
      if (store.get().openingDocId !== docId) return
      if (opened) saves.setBase(docId, opened.annotations.updatedAt)
      store.update((state) => ({
        ...state,
        openingDocId: null,
        selection: null,
        selectedSpanId: null,
        // Fresh from disk: nothing the analyst was told about it still holds.
        changedOnDisk: null,
        find: findForNewDocument(state.find),
        doc:
          opened &&
          withOpenedDocLabels(
            openDocOf(
              opened.entry,
              opened.text,
              opened.annotations.spans,
              opened.annotations.status,
              opened.annotations.relations,
            ),
            opened.annotations,
          ),
      }))
      if (opened && store.get().goldCompare.on) await loadGoldFor(ctx, docId)
    },

    /** Opens the first document that is not done yet (or the first one) when none is open. */
    openFirstIfNone: async (): Promise<void> => {
      const { doc, documents } = store.get()
      if (doc && documents.some((item) => item.id === doc.entry.id)) return
      const first = documents.find((item) => item.status !== 'done') ?? documents[0]
      if (first) await commands.openDocument(first.id)
      else store.update((state) => ({ ...state, doc: null }))
    },

    /** Files changed under the open project: fetch the list and the open document again. */
    reloadDocuments: async (): Promise<void> => {
      await commands.refreshDocuments()
      const open = store.get().doc
      if (open) await commands.openDocument(open.entry.id)
      else await commands.openFirstIfNone()
    },

    setFilter: (filter: StatusFilter): void => {
      store.update((state) => ({ ...state, filter }))
    },

    /** J/K: the next or previous document in the list as shown (filtered, sorted). */
    stepDocument: async (delta: 1 | -1): Promise<void> => {
      const state = store.get()
      const list = shownDocuments(state)
      if (list.length === 0) return
      const at = list.findIndex((item) => item.id === state.doc?.entry.id)
      const index = at < 0 ? 0 : Math.min(list.length - 1, Math.max(0, at + delta))
      const target = list[index]
      if (target && target.id !== state.doc?.entry.id) await commands.openDocument(target.id)
    },

    /** Ctrl/Cmd+Enter: done, or back to in progress when it already is. */
    toggleDone: async (): Promise<void> => {
      const doc = store.get().doc
      if (!doc) return
      const status: DocumentStatus = doc.status === 'done' ? 'in-progress' : 'done'
      const docId = doc.entry.id
      store.update((state) => withStatus(state, docId, status))
      // Queued behind the span edits: each save names the version the one before it wrote.
      saves.enqueueStatus(docId, status)
      await saves.idle()
    },
  }
  return commands
}

export type DocumentCommands = ReturnType<typeof createDocumentCommands>
