import type { Span } from '../spans/span'
import { unresolvedCount } from './build-threads'
import type { CommentTarget, CommentThread, SpanTarget } from './comment'

/** Whether two targets are the same thing: the same layer's span, or the same range. */
export function sameTarget(a: CommentTarget, b: CommentTarget): boolean {
  if (a.kind === 'span' || b.kind === 'span') {
    return (
      a.kind === 'span' && b.kind === 'span' && a.annotator === b.annotator && a.spanId === b.spanId
    )
  }
  return a.start === b.start && a.end === b.end
}

/** The threads about `target` (a span by its layer and id, a range by its offsets). */
export const threadsOn = (
  threads: readonly CommentThread[],
  target: CommentTarget,
): CommentThread[] => threads.filter((thread) => sameTarget(thread.target, target))

/** How a thread's span stands now: as it was, changed (range or label), or deleted. */
export type SpanAnchor = 'same' | 'changed' | 'deleted'

export function spanAnchor(target: SpanTarget, now: Span | undefined): SpanAnchor {
  if (now === undefined) return 'deleted'
  const same = now.start === target.start && now.end === target.end && now.label === target.label
  return same ? 'same' : 'changed'
}

/** A document's threads as one annotator's view shows them. */
export interface PlacedThreads {
  /** Threads on the annotator's own spans that still exist, by span id (text order kept). */
  readonly bySpan: ReadonlyMap<string, readonly CommentThread[]>
  /** Every other thread: on ranges, on other layers' spans, on spans since deleted. */
  readonly elsewhere: readonly CommentThread[]
}

/** Sorts the threads into those on `annotator`'s current `spans` and the rest. */
export function placeThreads(
  threads: readonly CommentThread[],
  annotator: string,
  spans: readonly Span[],
): PlacedThreads {
  // Only the ids threads name are looked for: a document may hold 20,000 spans and no thread.
  const named = new Set<string>()
  for (const { target } of threads) {
    if (target.kind === 'span' && target.annotator === annotator) named.add(target.spanId)
  }
  const ids = new Set<string>()
  if (named.size > 0) for (const span of spans) if (named.has(span.id)) ids.add(span.id)
  const bySpan = new Map<string, CommentThread[]>()
  const elsewhere: CommentThread[] = []
  for (const thread of threads) {
    const { target } = thread
    if (target.kind !== 'span' || target.annotator !== annotator || !ids.has(target.spanId)) {
      elsewhere.push(thread)
      continue
    }
    const list = bySpan.get(target.spanId)
    if (list === undefined) bySpan.set(target.spanId, [thread])
    else list.push(thread)
  }
  return { bySpan, elsewhere }
}

/** Open and total threads in a list, for a count badge. */
export interface ThreadCount {
  readonly open: number
  readonly total: number
}

export const countThreads = (threads: readonly CommentThread[]): ThreadCount => ({
  open: unresolvedCount(threads),
  total: threads.length,
})
