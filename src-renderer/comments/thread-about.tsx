import type { CommentTarget } from '@core/comments/comment'
import type { SpanAnchor } from '@core/comments/place-threads'
import type { Label } from '@core/labels/label'
import type { CSSProperties } from 'react'

const QUOTE = 120

const quote = (text: string): string => {
  const chars = Array.from(text)
  return chars.length > QUOTE
    ? `${chars
        .slice(0, QUOTE - 1)
        .join('')
        .trimEnd()}…`
    : text
}

/** What a thread is on, in words: "On minh's Claim span", "On your span, since deleted"… */
export function targetWords(
  target: CommentTarget,
  labels: readonly Label[],
  annotator: string,
  anchor: SpanAnchor | null,
): string {
  if (target.kind === 'range') return 'On a stretch of the text'
  const label = labels.find((item) => item.id === target.label)?.name ?? target.label
  if (target.annotator !== annotator) {
    const whose = target.annotator === '_gold' ? 'the gold set’s' : `${target.annotator}’s`
    return `On ${whose} ${label} span`
  }
  if (anchor === 'deleted') return `On your ${label} span, since deleted`
  if (anchor === 'changed') return `When this thread started, the span was ${label}`
  return `On your ${label} span`
}

interface ThreadAboutProps {
  readonly target: CommentTarget
  readonly labels: readonly Label[]
  readonly annotator: string
  readonly anchor: SpanAnchor | null
}

/** The target of a thread shown above it: whose span (or the text) and the words it covered. */
export function ThreadAbout({ target, labels, annotator, anchor }: ThreadAboutProps) {
  const color =
    target.kind === 'span' ? labels.find((item) => item.id === target.label)?.color : undefined
  return (
    <div className="thread-about" style={{ '--c': color ?? 'var(--faint)' } as CSSProperties}>
      <span className="thread-about-words">{targetWords(target, labels, annotator, anchor)}</span>
      <q className="thread-about-quote">{quote(target.text)}</q>
    </div>
  )
}
