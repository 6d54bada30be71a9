import type { DocumentEntry, DocumentIndexFile } from '../../core/project/project'

// The index of 10,000 documents is looked up on every save: one map per index read (a
// read index is kept while its file is unchanged, so this is built once per change).
const maps = new WeakMap<DocumentIndexFile, ReadonlyMap<string, DocumentEntry>>()

/** The index's entries by id (the first entry wins should an id appear twice). */
export function entriesById(index: DocumentIndexFile): ReadonlyMap<string, DocumentEntry> {
  const known = maps.get(index)
  if (known !== undefined) return known
  const entries = new Map<string, DocumentEntry>()
  for (const entry of index.documents) if (!entries.has(entry.id)) entries.set(entry.id, entry)
  maps.set(index, entries)
  return entries
}
