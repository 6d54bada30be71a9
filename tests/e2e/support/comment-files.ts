import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { CommentFile } from '../../../src-main/core/comments/comment'

/** `comments/<author>/<docId>.json` as saved on disk, or `null` when the author has none. */
export async function readCommentFile(
  dir: string,
  author: string,
  docId: string,
): Promise<CommentFile | null> {
  try {
    return JSON.parse(await readFile(commentFilePath(dir, author, docId), 'utf8')) as CommentFile
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

export const commentFilePath = (dir: string, author: string, docId: string): string =>
  join(dir, 'comments', author, `${docId}.json`)
