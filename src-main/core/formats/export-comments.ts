import { compareThreads } from '../comments/build-threads'
import type { CommentThread } from '../comments/comment'
import { GlossFailure } from '../failure'
import type { Label } from '../labels/label'
import { checkSpan } from '../spans/check-span'
import { createOffsetConverter, type OffsetUnit } from '../text/offsets'
import type { DatasetDocument } from './dataset'
import { labelName } from './export-spans'

/** What a thread is about, with the same keys for a span and a range (`null` where unknown). */
export interface JsonlCommentTarget {
  readonly kind: 'span' | 'range'
  /** Whose span (`_gold` for the adjudicated set); `null` for a range. */
  readonly annotator: string | null
  readonly spanId: string | null
  /** The span's label name as it was when the thread started; `null` for a range. */
  readonly label: string | null
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface JsonlComment {
  readonly author: string
  readonly text: string
  readonly createdAt: string
}

/** One comment thread as the native JSONL writes it. */
export interface JsonlCommentThread {
  readonly id: string
  readonly author: string
  readonly createdAt: string
  readonly target: JsonlCommentTarget
  readonly resolved: boolean
  /** Who resolved it and when; `null` while it is open. */
  readonly resolvedBy: string | null
  readonly resolvedAt: string | null
  readonly comments: readonly JsonlComment[]
}

/**
 * The document's comment threads in text order, target offsets in `unit` like the spans'.
 * A target that does not fit the text throws a `conflict` GlossFailure naming its file.
 */
export function jsonlComments(
  doc: DatasetDocument,
  labels: readonly Label[],
  unit: OffsetUnit,
): JsonlCommentThread[] {
  const threads = [...(doc.comments ?? [])].sort(compareThreads)
  if (threads.length === 0) return []
  const converter = createOffsetConverter(doc.text)
  return threads.map((thread): JsonlCommentThread => {
    const { target } = thread
    const problem = checkSpan(doc.text, target)
    if (problem !== null) throw misplaced(doc, thread, problem)
    const onSpan = target.kind === 'span'
    return {
      id: thread.id,
      author: thread.author,
      createdAt: thread.createdAt,
      target: {
        kind: target.kind,
        annotator: onSpan ? target.annotator : null,
        spanId: onSpan ? target.spanId : null,
        label: onSpan ? labelName(labels, target.label) : null,
        start: converter.fromUtf16(target.start, unit),
        end: converter.fromUtf16(target.end, unit),
        text: target.text,
      },
      resolved: thread.resolved,
      resolvedBy: thread.resolved ? (thread.resolution?.author ?? null) : null,
      resolvedAt: thread.resolved ? (thread.resolution?.createdAt ?? null) : null,
      comments: thread.comments.map(({ author, text, createdAt }) => ({ author, text, createdAt })),
    }
  })
}

const misplaced = (doc: DatasetDocument, thread: CommentThread, problem: string): GlossFailure =>
  new GlossFailure({
    code: 'conflict',
    message: `Cannot export comment thread ${thread.id} by ${thread.author} in "${doc.entry.title}": its target does not fit the text (${problem}).`,
    file: `comments/${thread.author}/${doc.entry.id}.json`,
    hint: 'Fix or remove that thread in the file, then export again.',
  })
