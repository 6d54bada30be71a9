/**
 * What a comment thread is about: one layer's span, recorded as it was when the thread
 * started, so the thread still reads sensibly after the span is changed or deleted.
 */
export interface SpanTarget {
  readonly kind: 'span'
  /** Whose span: an annotator's name, or `_gold` for the adjudicated set. */
  readonly annotator: string
  readonly spanId: string
  /** UTF-16 offsets into the document text, end exclusive (like a span's). */
  readonly start: number
  readonly end: number
  /** The label's id, as the span had it. */
  readonly label: string
  readonly text: string
}

/** A stretch of the text, e.g. where annotators disagree in review. */
export interface RangeTarget {
  readonly kind: 'range'
  readonly start: number
  readonly end: number
  readonly text: string
}

export type CommentTarget = SpanTarget | RangeTarget

/** Starts a thread; its `id` is the thread's id. The opening words are a `comment` entry. */
export interface ThreadEntry {
  readonly kind: 'thread'
  readonly id: string
  readonly target: CommentTarget
  readonly createdAt: string
}

/** One comment in a thread: the opening one or a reply. */
export interface CommentEntry {
  readonly kind: 'comment'
  readonly id: string
  readonly threadId: string
  readonly text: string
  readonly createdAt: string
}

/** Resolves (or reopens) a thread, which may have been started by someone else. */
export interface ResolutionEntry {
  readonly kind: 'resolution'
  readonly id: string
  readonly threadId: string
  readonly resolved: boolean
  readonly createdAt: string
}

export type CommentFileEntry = ThreadEntry | CommentEntry | ResolutionEntry

/**
 * The contents of `comments/<author>/<docId>.json`: everything one person said about one
 * document, in the order they said it. Only its author writes it, so colleagues' comment
 * files merge without conflicts; threads are put together from all of them.
 */
export interface CommentFile {
  readonly version: 1
  readonly docId: string
  readonly author: string
  readonly entries: readonly CommentFileEntry[]
  readonly updatedAt: string
}

/** One comment as a thread shows it. */
export interface ThreadComment {
  readonly id: string
  readonly author: string
  readonly text: string
  readonly createdAt: string
}

/** The latest resolve or reopen of a thread. */
export interface ThreadResolution {
  readonly author: string
  readonly resolved: boolean
  readonly createdAt: string
}

/** A thread as everyone's comment files together make it. */
export interface CommentThread {
  readonly id: string
  /** Who started it. */
  readonly author: string
  readonly target: CommentTarget
  readonly createdAt: string
  /** Oldest first. */
  readonly comments: readonly ThreadComment[]
  readonly resolved: boolean
  /** The entry that decided `resolved`; `null` while nobody has resolved or reopened it. */
  readonly resolution: ThreadResolution | null
}
