import type { Span, SpanChangeSet } from './span'

/** How many undo steps (and redo steps) outlive a reload or a crash; the issue asks for 100+. */
export const KEPT_UNDO_STEPS = 200

/** One document's undo and redo stacks; the top of each is its last element. */
export interface UndoStacks {
  readonly undo: readonly SpanChangeSet[]
  readonly redo: readonly SpanChangeSet[]
}

/** The stacks cut to what is kept: the most recent `KEPT_UNDO_STEPS` of each. */
export const keptUndoSteps = (stacks: UndoStacks): UndoStacks => ({
  undo: stacks.undo.slice(-KEPT_UNDO_STEPS),
  redo: stacks.redo.slice(-KEPT_UNDO_STEPS),
})

// cyrb53 (a public-domain 53-bit string hash): fast, and plenty to tell two span sets apart.
function hash53(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}

/**
 * What an undo history is kept against: the spans it was recorded on, in any order. Two span
 * sets get the same fingerprint when they hold the same spans (id, range, label, note, last
 * change); a colleague's sync, a restore or a `git checkout` that changed any span changes it.
 * The document's status is left out: marking it done makes no undo step stale.
 */
export function spansFingerprint(spans: readonly Span[]): string {
  const rows = spans
    .map((span) =>
      JSON.stringify([
        span.id,
        span.start,
        span.end,
        span.label,
        span.note ?? null,
        span.updatedAt,
      ]),
    )
    .sort()
  return `${spans.length}-${hash53(rows.join('\n'))}`
}
