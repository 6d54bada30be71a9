import { randomUUID } from 'node:crypto'

import type { DocumentComments } from '../../contract/endpoints'
import { buildThreads, unresolvedCount } from '../../core/comments/build-threads'
import type {
  CommentFile,
  CommentFileEntry,
  CommentTarget,
  CommentThread,
} from '../../core/comments/comment'
import { GlossFailure } from '../../core/failure'
import type { DocumentEntry } from '../../core/project/project'
import { checkSpan } from '../../core/spans/check-span'
import type { ProjectStore } from '../project/project-store'
import { appendToCommentFile, readAllCommentFiles, readDocumentCommentFiles } from './comment-files'

/** A new thread on `target`, or a reply in `threadId`; `text` is already trimmed and non-empty. */
export type CommentRequest =
  | { readonly text: string; readonly target: CommentTarget }
  | { readonly text: string; readonly threadId: string }

async function threadsOf(store: ProjectStore, docId: string): Promise<DocumentComments> {
  const { files, unreadable } = await readDocumentCommentFiles(store, docId)
  return { threads: buildThreads(files), unreadable: unreadable.map((error) => error.toError()) }
}

/**
 * Every comment thread on the document, from every author's comment file, in text order.
 * A file that cannot be read is listed in `unreadable` (and never written); the others show.
 */
export async function listDocumentComments(
  store: ProjectStore,
  docId: string,
): Promise<DocumentComments> {
  await store.findDocument(docId)
  return threadsOf(store, docId)
}

/**
 * Starts a thread on a span or a range of the document, or replies to a thread, as
 * `author`: the entries go to the end of `author`'s own comment file, nobody else's. A
 * target must fit the document's text; a reply needs a thread the document has.
 */
export async function addComment(
  store: ProjectStore,
  author: string,
  docId: string,
  request: CommentRequest,
): Promise<DocumentComments> {
  const entry = await store.findDocument(docId)
  const at = new Date().toISOString()
  let entries: CommentFileEntry[]
  if ('target' in request) {
    await checkTarget(store, entry, request.target)
    const threadId = randomUUID()
    entries = [
      { kind: 'thread', id: threadId, target: request.target, createdAt: at },
      { kind: 'comment', id: randomUUID(), threadId, text: request.text, createdAt: at },
    ]
  } else {
    const thread = findThread(await threadsOf(store, docId), request.threadId, entry)
    entries = [
      { kind: 'comment', id: randomUUID(), threadId: thread.id, text: request.text, createdAt: at },
    ]
  }
  await appendToCommentFile(store, author, docId, entries, at)
  return threadsOf(store, docId)
}

/**
 * Resolves or reopens a thread (anyone's) as `author`, recorded in `author`'s own comment
 * file; the thread's state is the latest such entry by anyone. Nothing is written when the
 * thread is already in that state.
 */
export async function setThreadResolved(
  store: ProjectStore,
  author: string,
  docId: string,
  threadId: string,
  resolved: boolean,
): Promise<DocumentComments> {
  const entry = await store.findDocument(docId)
  const current = await threadsOf(store, docId)
  const thread = findThread(current, threadId, entry)
  if (thread.resolved === resolved) return current
  const at = new Date().toISOString()
  await appendToCommentFile(
    store,
    author,
    docId,
    [{ kind: 'resolution', id: randomUUID(), threadId: thread.id, resolved, createdAt: at }],
    at,
  )
  return threadsOf(store, docId)
}

/**
 * How many unresolved threads each document has (documents without any are left out).
 * Reads only the comment files that exist; files that cannot be read are skipped here and
 * reported when their document's comments are listed.
 */
export async function unresolvedCommentCounts(store: ProjectStore): Promise<Map<string, number>> {
  const { files } = await readAllCommentFiles(store)
  const byDoc = new Map<string, CommentFile[]>()
  for (const file of files) {
    const group = byDoc.get(file.docId)
    if (group === undefined) byDoc.set(file.docId, [file])
    else group.push(file)
  }
  const counts = new Map<string, number>()
  for (const [docId, docFiles] of byDoc) {
    const open = unresolvedCount(buildThreads(docFiles))
    if (open > 0) counts.set(docId, open)
  }
  return counts
}

async function checkTarget(
  store: ProjectStore,
  entry: DocumentEntry,
  target: CommentTarget,
): Promise<void> {
  const problem = checkSpan(await store.readText(entry), target)
  if (problem === null) return
  const what = target.kind === 'span' ? `span ${target.spanId}` : 'stretch of text'
  throw new GlossFailure({
    code: 'invalid-input',
    message: `Cannot comment on this ${what} in "${entry.title}": ${problem}.`,
    hint: 'Reload the document and start the thread again.',
  })
}

function findThread(
  comments: DocumentComments,
  threadId: string,
  entry: DocumentEntry,
): CommentThread {
  const thread = comments.threads.find((candidate) => candidate.id === threadId)
  if (thread !== undefined) return thread
  const unreadable = comments.unreadable[0]
  // The thread may be in the file that cannot be read: say so rather than "no such thread".
  if (unreadable !== undefined) throw new GlossFailure(unreadable)
  throw new GlossFailure({
    code: 'not-found',
    message: `"${entry.title}" has no comment thread ${threadId}.`,
    hint: 'Reload the document: the thread may have been removed from its author’s comment file.',
  })
}
