import { resolve } from 'node:path'

import { annotatorSchema } from '../../contract/schemas'
import { buildThreads } from '../../core/comments/build-threads'
import { appendEntries } from '../../core/comments/comment-entries'
import type { CommentFile, CommentFileEntry, CommentThread } from '../../core/comments/comment'
import { GlossFailure } from '../../core/failure'
import { mapLimit } from '../annotations/map-limit'
import { ANNOTATION_FILE_NAME, listFolder, makeFolder } from '../project/folders'
import type { ProjectStore } from '../project/project-store'
import { unreadableFile } from '../storage/io-failure'
import type { JsonFile } from '../storage/json-file'
import { COMMENT_FILE } from './comment-file-kind'

/** Comment files are small; as many in flight as the document list reads annotation files. */
const PARALLEL_READS = 32

/** What the comment files of a document (or a project) hold, and the ones that could not be read. */
export interface ReadCommentFiles {
  readonly files: readonly CommentFile[]
  /** One `unreadable-file` failure per file Gloss cannot read; such a file is never written. */
  readonly unreadable: readonly GlossFailure[]
}

const handle = (store: ProjectStore, author: string, docId: string): JsonFile<CommentFile> =>
  store.files.file(store.paths.commentFile(author, docId), COMMENT_FILE)

/** People with a folder under `comments/`, sorted (names that cannot be an annotator's are skipped). */
export async function listCommentAuthors(store: ProjectStore): Promise<string[]> {
  const entries = await listFolder(store.paths.commentsDir)
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name.normalize('NFC'))
    .filter((name) => annotatorSchema.safeParse(name).success)
    .sort()
}

/** The documents `author` has a comment file on, by id (from the folder, sorted). */
export async function listCommentedDocIds(store: ProjectStore, author: string): Promise<string[]> {
  const entries = await listFolder(resolve(store.paths.commentsDir, author))
  return entries
    .filter((entry) => entry.isFile() && ANNOTATION_FILE_NAME.test(entry.name))
    .map((entry) => entry.name.slice(0, -'.json'.length))
    .sort()
}

/** One author's comment file on a document, checked to be theirs and the document's. */
async function readOne(
  store: ProjectStore,
  author: string,
  docId: string,
): Promise<CommentFile | null> {
  const file = handle(store, author, docId)
  const content = await file.read()
  if (content !== null) checkOwner(file.path, content, author, docId)
  return content
}

function checkOwner(path: string, content: CommentFile, author: string, docId: string): void {
  if (content.docId !== docId) {
    throw unreadableFile(path, `it holds the comments on document ${content.docId}, not ${docId}`)
  }
  if (content.author !== author) {
    throw unreadableFile(path, `it is signed by ${content.author}, but lies in ${author}'s folder`)
  }
}

/**
 * Reads the given (author, document) comment files; a missing file is skipped and an
 * unreadable one is reported, so one broken file never hides the others.
 */
async function readMany(
  store: ProjectStore,
  wanted: readonly { readonly author: string; readonly docId: string }[],
): Promise<ReadCommentFiles> {
  const files: CommentFile[] = []
  const unreadable: GlossFailure[] = []
  const read = await mapLimit(wanted, PARALLEL_READS, async ({ author, docId }) => {
    try {
      return await readOne(store, author, docId)
    } catch (error) {
      if (error instanceof GlossFailure && error.code === 'unreadable-file') return error
      throw error
    }
  })
  for (const item of read) {
    if (item instanceof GlossFailure) unreadable.push(item)
    else if (item !== null) files.push(item)
  }
  return { files, unreadable }
}

/** Every author's comment file on one document. */
export async function readDocumentCommentFiles(
  store: ProjectStore,
  docId: string,
): Promise<ReadCommentFiles> {
  const authors = await listCommentAuthors(store)
  return readMany(
    store,
    authors.map((author) => ({ author, docId })),
  )
}

/**
 * Every comment file in the project. Costs one folder listing per author plus one read per
 * file that exists, so documents nobody commented on cost nothing.
 */
export async function readAllCommentFiles(store: ProjectStore): Promise<ReadCommentFiles> {
  const authors = await listCommentAuthors(store)
  const perAuthor = await Promise.all(
    authors.map(async (author) =>
      (await listCommentedDocIds(store, author)).map((docId) => ({ author, docId })),
    ),
  )
  return readMany(store, perAuthor.flat())
}

/**
 * Adds entries to the end of `author`'s own comment file on the document, atomically. A
 * file that cannot be read (or is someone else's) is never written: its failure is thrown.
 */
export async function appendToCommentFile(
  store: ProjectStore,
  author: string,
  docId: string,
  entries: readonly CommentFileEntry[],
  at: string,
): Promise<CommentFile> {
  const file = handle(store, author, docId)
  await makeFolder(resolve(file.path, '..'))
  return file.update((current) => {
    if (current !== null) checkOwner(file.path, current, author, docId)
    return appendEntries(current, docId, author, entries, at)
  })
}

/** The document's threads from every author's file; a file that cannot be read is thrown. */
export async function readDocumentComments(
  store: ProjectStore,
  docId: string,
): Promise<CommentThread[]> {
  const { files, unreadable } = await readDocumentCommentFiles(store, docId)
  const [first] = unreadable
  if (first !== undefined) throw first
  return buildThreads(files)
}
