import type {
  CommentFile,
  CommentFileEntry,
  CommentTarget,
  SpanTarget,
} from '../../../../src-main/core/comments/comment'

export const DOC = 'abcd1234abcd1234'
export const TEXT = 'The ministry will add 400 buses by 2027, the minister said.'

/** A time on a fixed morning: `at(5)` is 09:00:05. */
export const at = (second: number): string =>
  `2026-03-02T09:00:${String(second).padStart(2, '0')}.000Z`

/** A target on lan's span over `phrase`. */
export function spanTarget(phrase: string, spanId: string, label = 'commitment'): SpanTarget {
  const start = TEXT.indexOf(phrase)
  return {
    kind: 'span',
    annotator: 'lan',
    spanId,
    start,
    end: start + phrase.length,
    label,
    text: phrase,
  }
}

export function rangeTarget(phrase: string): CommentTarget {
  const start = TEXT.indexOf(phrase)
  return { kind: 'range', start, end: start + phrase.length, text: phrase }
}

export const thread = (id: string, target: CommentTarget, second: number): CommentFileEntry => ({
  kind: 'thread',
  id,
  target,
  createdAt: at(second),
})

export const comment = (
  id: string,
  threadId: string,
  text: string,
  second: number,
): CommentFileEntry => ({ kind: 'comment', id, threadId, text, createdAt: at(second) })

export const resolution = (
  id: string,
  threadId: string,
  resolved: boolean,
  second: number,
): CommentFileEntry => ({ kind: 'resolution', id, threadId, resolved, createdAt: at(second) })

export const file = (author: string, ...entries: CommentFileEntry[]): CommentFile => ({
  version: 1,
  docId: DOC,
  author,
  entries,
  updatedAt: at(59),
})
