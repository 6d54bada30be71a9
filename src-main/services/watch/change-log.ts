import { randomUUID } from 'node:crypto'

import type { DiskChange, DiskChanges, DiskCursor } from '../../contract/disk-changes'

/** The numbered changes seen in one project folder since it was opened. */
export interface ChangeLog {
  readonly id: string
  append(change: DiskChange): void
  /** What came after `since` (nothing, without it: a start); `reset` when that cannot be told. */
  since(since: DiskCursor | undefined): DiskChanges
}

// Past this many, a full refresh is cheaper for the UI than going through them one by one.
const DEFAULT_LIMIT = 5_000

const keyOf = (change: DiskChange): string => {
  switch (change.kind) {
    case 'annotations':
      return `a/${change.annotator}/${change.docId}`
    case 'comments':
      return `c/${change.author}/${change.docId}`
    default:
      return change.kind
  }
}

/** An empty log with a fresh id; keeps at most `limit` changes. */
export function createChangeLog(limit = DEFAULT_LIMIT): ChangeLog {
  const id = randomUUID()
  const entries: { readonly seq: number; readonly change: DiskChange }[] = []
  let seq = 0
  // The number of the oldest change still kept, minus one.
  let floor = 0

  return {
    id,
    append(change) {
      entries.push({ seq: ++seq, change })
      if (entries.length <= limit) return
      // A fifth at a time, so a sync of thousands of files does not shift the array per file.
      const dropped = entries.splice(0, Math.max(entries.length - limit, Math.ceil(limit / 5)))
      floor = dropped[dropped.length - 1]?.seq ?? floor
    },
    since(since) {
      const cursor = { log: id, seq }
      if (since === undefined) return { cursor, changes: [], reset: false }
      const from = since.seq
      if (since.log !== id || from > seq || from < floor) {
        return { cursor, changes: [], reset: true }
      }
      // Each file once, at its latest place: a file saved three times is one change.
      const latest = new Map<string, DiskChange>()
      for (const entry of entries) {
        if (entry.seq <= from) continue
        const key = keyOf(entry.change)
        latest.delete(key)
        latest.set(key, entry.change)
      }
      return { cursor, changes: [...latest.values()], reset: false }
    },
  }
}
