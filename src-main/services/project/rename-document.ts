import type { DocumentEntry } from '../../core/project/project'
import { noSuchDocument, type ProjectStore } from './project-store'

/**
 * Gives the document `title` (already checked by the contract's `documentTitleSchema`) in
 * `documents/index.json`. The index is read and written under the shared-files lock, so an
 * import or merge adding entries at the same moment loses none of them. Every view, review
 * and export reads the title from there. Returns the entry as saved.
 */
export async function renameDocument(
  store: ProjectStore,
  docId: string,
  title: string,
): Promise<DocumentEntry> {
  // The same title again writes nothing: no colleague's window refreshes for nothing.
  const before = await store.findDocument(docId)
  if (before.title === title) return before
  const index = await store.updateIndex((current) => {
    // Removed since it was read (a sync, say): thrown before anything is written.
    if (!current.documents.some((entry) => entry.id === docId)) throw noSuchDocument(docId)
    return {
      ...current,
      documents: current.documents.map((entry) =>
        entry.id === docId ? { ...entry, title } : entry,
      ),
    }
  })
  return index.documents.find((entry) => entry.id === docId) as DocumentEntry
}
