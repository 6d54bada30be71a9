import type { Span, SpanChangeSet } from '../../../../src-main/core/spans/span'

/** The text the crash test annotates: plain words, so any 5-character slice is a span. */
export const CRASH_TEXT = `${'The ministry said the ferry crossed the channel at dawn. '.repeat(40)}\n`

const LABELS = ['commitment', 'statistic', 'claim'] as const
const STAMP = '2026-01-01T00:00:00.000Z'

const labelFor = (n: number): string => LABELS[n % LABELS.length] as string

/**
 * Edit number `n` (from 1) of the crash test's fixed sequence, given the spans it applies
 * to: every fourth edit relabels the span the edit before it made; the others make a span.
 */
export function crashEdit(n: number, spans: readonly Span[]): SpanChangeSet {
  if (n % 4 === 0) {
    const old = spans.find((span) => span.id === `s${n - 1}`)
    if (old === undefined) throw new Error(`span s${n - 1} is missing before edit ${n}`)
    return { created: [], updated: [{ old, new: { ...old, label: labelFor(n + 1) } }], deleted: [] }
  }
  const start = (n * 37) % (CRASH_TEXT.length - 10)
  const span: Span = {
    id: `s${n}`,
    start,
    end: start + 5,
    label: labelFor(n),
    text: CRASH_TEXT.slice(start, start + 5),
    createdAt: STAMP,
    updatedAt: STAMP,
  }
  return { created: [span], updated: [], deleted: [] }
}

/** What the spans are after edits 1 … `count` of the sequence: span id → label. */
export function labelsAfter(count: number): Map<string, string> {
  const labels = new Map<string, string>()
  for (let n = 1; n <= count; n++) {
    if (n % 4 === 0) labels.set(`s${n - 1}`, labelFor(n + 1))
    else labels.set(`s${n}`, labelFor(n))
  }
  return labels
}
