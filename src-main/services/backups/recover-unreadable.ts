import { relative } from 'node:path'

import type { UnreadableFile } from '../../contract/backup-endpoints'
import { GlossFailure } from '../../core/failure'
import type { DocumentEntry } from '../../core/project/project'
import { mapLimit } from '../annotations/map-limit'
import { listCommentedDocIds } from '../comments/comment-files'
import { COMMENT_FILE } from '../comments/comment-file-kind'
import type { ProjectStore } from '../project/project-store'
import { entriesById } from '../project/entries-by-id'
import { GOLD_LAYER } from '../watch/folder-roles'
import type { BackupStore } from './backup-store'
import { isBroken, moveAside } from './move-aside'

const PARALLEL_READS = 32

/** One file to try: reading it throws `unreadable-file` naming the file that is broken. */
interface Candidate {
  readonly read: () => Promise<unknown>
  /** Whose annotations, for a backup to offer; none for a comment file. */
  readonly layer: string | null
  readonly docId: string | null
  /** Gloss's own broken files are moved aside; the shared project files only reported. */
  readonly movable: boolean
}

/**
 * Finds the project files Gloss cannot read (DESIGN.md §3: never written over). The
 * annotator's own annotation files, gold's, and the annotator's comment files that are
 * broken (empty, truncated, NUL-filled, not JSON, `null`, the wrong shape, git conflict
 * markers) are moved aside to `<file>.corrupt-<time>`, so work can go on, each with the
 * newest backup of its document offered. `gloss.json` and the document index are only
 * reported: the project cannot be opened without them, and a sync would pass a removal on.
 * A UTF-8 byte order mark is not a breakage: such a file is read.
 */
export async function recoverUnreadable(
  store: ProjectStore,
  backups: BackupStore,
  annotator: string,
  now: Date = new Date(),
): Promise<UnreadableFile[]> {
  const found: UnreadableFile[] = []
  const shared: Candidate[] = [
    { read: () => store.readProject(), layer: null, docId: null, movable: false },
    { read: () => store.readIndex(), layer: null, docId: null, movable: false },
  ]
  for (const candidate of shared) {
    const problem = await problemOf(candidate)
    if (problem !== null) found.push(reported(store, problem))
  }
  // Without the index no document can be matched to its backups; report that first.
  if (found.length > 0) return found
  const entries = entriesById(await store.readIndex())
  const layerFiles = async (layer: string): Promise<Candidate[]> =>
    (await store.listAnnotatedDocIds(layer)).map((docId) => ({
      read: () => store.readAnnotations(layer, docId),
      layer,
      docId,
      movable: true,
    }))
  const commentFiles = (await listCommentedDocIds(store, annotator)).map((docId): Candidate => ({
    read: () => store.files.file(store.paths.commentFile(annotator, docId), COMMENT_FILE).read(),
    layer: null,
    docId,
    movable: true,
  }))
  const candidates = [
    ...(await layerFiles(annotator)),
    ...(await layerFiles(GOLD_LAYER)),
    ...commentFiles,
  ]
  const results = await mapLimit(candidates, PARALLEL_READS, async (candidate) => {
    const problem = await problemOf(candidate)
    if (problem === null) return null
    return settle(store, backups, candidate, problem, entries, now)
  })
  return [...found, ...results.filter((result) => result !== null)]
}

/** The `unreadable-file` failure reading the candidate gives, or `null` when it reads. */
async function problemOf(candidate: Candidate): Promise<GlossFailure | null> {
  try {
    await candidate.read()
    return null
  } catch (error) {
    if (error instanceof GlossFailure && error.code === 'unreadable-file') return error
    throw error
  }
}

const reasonOf = (problem: GlossFailure): string => {
  const prefix = `Gloss cannot read ${problem.file ?? ''}: `
  const reason = problem.message.startsWith(prefix)
    ? problem.message.slice(prefix.length)
    : problem.message
  return reason.replace(/\.$/u, '')
}

const reported = (store: ProjectStore, problem: GlossFailure): UnreadableFile => ({
  file: relative(store.paths.root, problem.file ?? store.paths.root),
  reason: reasonOf(problem),
  movedTo: null,
  docId: null,
  backup: null,
})

async function settle(
  store: ProjectStore,
  backups: BackupStore,
  candidate: Candidate,
  problem: GlossFailure,
  entries: ReadonlyMap<string, DocumentEntry>,
  now: Date,
): Promise<UnreadableFile> {
  const file = problem.file
  const base = reported(store, problem)
  if (file === undefined || !candidate.movable || !(await isBroken(file, 1))) return base
  const movedTo = relative(store.paths.root, await moveAside(file, now))
  const entry = candidate.docId === null ? undefined : entries.get(candidate.docId)
  const backup =
    candidate.layer === null || entry === undefined
      ? null
      : ((await backups.list(candidate.layer, entry))[0] ?? null)
  return { ...base, movedTo, docId: candidate.layer === null ? null : candidate.docId, backup }
}
