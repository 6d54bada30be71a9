import type { CommentFile, CommentFileEntry } from './comment'

/**
 * The author's comment file on a document with `entries` added at the end (a new file when
 * the author has none yet). Entries are only ever added, so what anyone said stays.
 */
export function appendEntries(
  current: CommentFile | null,
  docId: string,
  author: string,
  entries: readonly CommentFileEntry[],
  at: string,
): CommentFile {
  return {
    version: 1,
    docId,
    author,
    entries: [...(current?.entries ?? []), ...entries],
    updatedAt: at,
  }
}
