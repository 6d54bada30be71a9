import type {
  CommentEntry,
  CommentFile,
  CommentFileEntry,
  CommentThread,
  ResolutionEntry,
  ThreadComment,
  ThreadEntry,
  ThreadResolution,
} from './comment'

/** An entry with who wrote it and where it sits in their file (their own order). */
interface Said<E extends CommentFileEntry> {
  readonly entry: E
  readonly author: string
  readonly position: number
}

// Code-unit order, not localeCompare: the same result on every machine and locale.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Time order across files: by timestamp, then author, then the author's own order (two
 * entries of one millisecond stay as written). Clocks of different machines are believed.
 */
function compareSaid(a: Said<CommentFileEntry>, b: Said<CommentFileEntry>): number {
  return (
    compareText(a.entry.createdAt, b.entry.createdAt) ||
    compareText(a.author, b.author) ||
    a.position - b.position
  )
}

/** Text order of threads: start, the longer target first, then the older thread, then id. */
export function compareThreads(a: CommentThread, b: CommentThread): number {
  return (
    a.target.start - b.target.start ||
    b.target.end - a.target.end ||
    compareText(a.createdAt, b.createdAt) ||
    compareText(a.id, b.id)
  )
}

type ThreadPart = CommentEntry | ResolutionEntry

function byThread(said: readonly Said<ThreadPart>[]): Map<string, Said<ThreadPart>[]> {
  const groups = new Map<string, Said<ThreadPart>[]>()
  for (const item of said) {
    const group = groups.get(item.entry.threadId)
    if (group === undefined) groups.set(item.entry.threadId, [item])
    else group.push(item)
  }
  return groups
}

/**
 * The threads on one document, put together from every author's comment file (any order):
 * comments oldest first, `resolved` from the latest resolve/reopen by anyone, threads in
 * text order. A thread id started in two files (a copied file) is the older start's. Replies
 * and resolutions whose thread no file starts are left out until that file arrives.
 */
export function buildThreads(files: readonly CommentFile[]): CommentThread[] {
  const said: Said<CommentFileEntry>[] = files.flatMap((file) =>
    file.entries.map((entry, position) => ({ entry, author: file.author, position })),
  )
  said.sort(compareSaid)
  const starts = new Map<string, Said<ThreadEntry>>()
  const rest: Said<ThreadPart>[] = []
  for (const { entry, author, position } of said) {
    if (entry.kind !== 'thread') rest.push({ entry, author, position })
    else if (!starts.has(entry.id)) starts.set(entry.id, { entry, author, position })
  }
  const others = byThread(rest)
  const threads = [...starts.values()].map((start): CommentThread => {
    const items = others.get(start.entry.id) ?? []
    const comments: ThreadComment[] = []
    let resolution: ThreadResolution | null = null
    for (const { entry, author } of items) {
      if (entry.kind === 'comment') {
        comments.push({ id: entry.id, author, text: entry.text, createdAt: entry.createdAt })
      } else if (entry.kind === 'resolution') {
        resolution = { author, resolved: entry.resolved, createdAt: entry.createdAt }
      }
    }
    return {
      id: start.entry.id,
      author: start.author,
      target: start.entry.target,
      createdAt: start.entry.createdAt,
      comments,
      resolved: resolution?.resolved ?? false,
      resolution,
    }
  })
  return threads.sort(compareThreads)
}

/** How many of the threads nobody has resolved (or someone reopened). */
export const unresolvedCount = (threads: readonly CommentThread[]): number =>
  threads.reduce((sum, thread) => sum + (thread.resolved ? 0 : 1), 0)
