import type { Span, SpanChangeSet } from '../../../src-main/core/spans/span'

/** The text the crash harness annotates: plain words, so any 5-character slice is a span. */
export const CRASH_TEXT = `${'The ministry said the ferry crossed the channel at dawn. '.repeat(40)}\n`

const LABELS = ['commitment', 'statistic', 'claim'] as const
const STAMP = '2026-01-01T00:00:00.000Z'

/** The label span `s<n>` is made with; a relabel gives it `labelFor(n + 1)`, never the same. */
export const labelFor = (n: number): string => LABELS[n % LABELS.length] as string

/** The span edit number `n` of a document makes: `s<n>`, five characters, a fixed label. */
export function createdSpan(n: number): Span {
  const start = (n * 37) % (CRASH_TEXT.length - 10)
  return {
    id: `s${n}`,
    start,
    end: start + 5,
    label: labelFor(n),
    text: CRASH_TEXT.slice(start, start + 5),
    createdAt: STAMP,
    updatedAt: STAMP,
  }
}

/** One edit the harness sends: make `s<n>`, or relabel `s<target>` (made earlier, once). */
export type CrashEdit =
  | { readonly n: number; readonly kind: 'create' }
  | { readonly n: number; readonly kind: 'relabel'; readonly target: number }

/** The change set of an edit, given that a relabelled span still has its first label. */
export function changesOf(edit: CrashEdit): SpanChangeSet {
  if (edit.kind === 'create') return { created: [createdSpan(edit.n)], updated: [], deleted: [] }
  const old = createdSpan(edit.target)
  return {
    created: [],
    updated: [{ old, new: { ...old, label: labelFor(edit.target + 1) } }],
    deleted: [],
  }
}

/**
 * Chooses each next edit of one document: every fourth relabels the oldest span whose making
 * was acknowledged (so a relabel never depends on a save still in flight, and works in any
 * order the saves land), the others make a new span. Numbers start at `from`.
 */
export function createEditPicker(from: number) {
  let next = from
  const relabelable: number[] = []
  return {
    pick(): CrashEdit {
      const n = next++
      const target = n % 4 === 0 ? relabelable.shift() : undefined
      return target === undefined ? { n, kind: 'create' } : { n, kind: 'relabel', target }
    },
    acknowledged(edit: CrashEdit): void {
      if (edit.kind === 'create') relabelable.push(edit.n)
    },
  }
}
