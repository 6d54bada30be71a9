import type { Handlers } from '../../contract/endpoints'
import type { SessionContext } from '../session/session-context'
import { readUndoHistory, type UndoHistoryKey, writeUndoHistory } from '../undo/undo-history-files'

type UndoHandlers = Pick<Handlers, 'getUndoHistory' | 'saveUndoHistory'>

/** Each document's undo history, kept per project and annotator in the app's data folder. */
export function undoHandlers(session: SessionContext): UndoHandlers {
  const keyFor = async (docId: string): Promise<UndoHistoryKey> => {
    const store = await session.project()
    // Only a document of the project has a history: an id is never a path of our choosing.
    await store.findDocument(docId)
    return {
      dataDir: session.appState.dataDir,
      project: store.paths.root,
      annotator: session.annotator(),
      docId,
    }
  }
  return {
    async getUndoHistory({ docId, fingerprint }) {
      return readUndoHistory(await keyFor(docId), fingerprint)
    },
    async saveUndoHistory({ docId, fingerprint, undo, redo }) {
      return { steps: await writeUndoHistory(await keyFor(docId), fingerprint, { undo, redo }) }
    },
  }
}
