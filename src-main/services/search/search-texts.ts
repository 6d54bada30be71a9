import { readFile } from 'node:fs/promises'

/** Document texts kept for searching, read from disk once. */
export interface SearchTexts {
  /** The text of `documents/<docId>.txt` at `file`; throws the read error (e.g. ENOENT). */
  read(file: string): Promise<string>
}

// A document's id is a hash of its text, so a kept text never goes stale: a changed file would
// no longer be the document (opening it says so). 64 M UTF-16 units is about 128 MB, the texts
// of some 10,000 long articles; beyond that the oldest are read again when searched.
const KEPT_UNITS = 64 * 1024 * 1024

/** An empty store of texts; one per host, shared by every search. */
export function createSearchTexts(limit = KEPT_UNITS): SearchTexts {
  const kept = new Map<string, string>()
  let units = 0
  return {
    async read(file) {
      const known = kept.get(file)
      if (known !== undefined) {
        // Most recently used last: the oldest go first when the budget is spent.
        kept.delete(file)
        kept.set(file, known)
        return known
      }
      const text = await readFile(file, 'utf8')
      if (text.length > limit) return text
      kept.set(file, text)
      units += text.length
      for (const [oldest, value] of kept) {
        if (units <= limit) break
        kept.delete(oldest)
        units -= value.length
      }
      return text
    },
  }
}
