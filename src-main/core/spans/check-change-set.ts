import { GlossFailure } from '../failure'
import type { Span, SpanChangeSet } from './span'

const HINT = 'Reload the document to see its current spans, then make the change again.'

/** What a change set does to each span it names: its new version, or `null` once deleted. */
export type SpanOutcome = ReadonlyMap<string, Span | null>

/**
 * Checks a change set against the stored spans strictly, in the order it applies: deletions,
 * then updates, then creations. `stored(id, near)` finds the stored span with that id
 * (`near` is the version the change set expects, a hint where to look). Creating an id
 * that exists, touching an id that does not, or an `old`/deleted span that differs from the
 * stored one throws a `conflict` GlossFailure. Returns what happens to every span named.
 */
export function checkChangeSet(
  stored: (id: string, near: Span) => Span | undefined,
  changes: SpanChangeSet,
): SpanOutcome {
  const outcome = new Map<string, Span | null>()
  const current = (expected: Span): Span | undefined => {
    const changed = outcome.get(expected.id)
    return changed === undefined ? stored(expected.id, expected) : (changed ?? undefined)
  }
  for (const deleted of changes.deleted) {
    expectStored(current(deleted), deleted, 'delete')
    outcome.set(deleted.id, null)
  }
  for (const { old, new: next } of changes.updated) {
    if (old.id !== next.id) {
      conflict(`Cannot change span ${old.id} into span ${next.id}: an update keeps the span id.`)
    }
    expectStored(current(old), old, 'update')
    outcome.set(next.id, next)
  }
  for (const created of changes.created) {
    if (current(created) !== undefined) {
      conflict(`Cannot create span ${created.id}: a span with that id already exists.`)
    }
    outcome.set(created.id, created)
  }
  return outcome
}

function expectStored(stored: Span | undefined, expected: Span, action: string): void {
  if (stored === undefined) {
    conflict(`Cannot ${action} span ${expected.id}: there is no span with that id.`)
  }
  if (!sameSpan(stored, expected)) {
    conflict(`Cannot ${action} span ${expected.id}: it was changed since this edit was made.`)
  }
}

function conflict(message: string): never {
  throw new GlossFailure({ code: 'conflict', message, hint: HINT })
}

/** Field-by-field equality; an absent note, attributes or review equals an undefined one. */
export function sameSpan(a: Span, b: Span): boolean {
  return (
    a.id === b.id &&
    a.start === b.start &&
    a.end === b.end &&
    a.label === b.label &&
    a.text === b.text &&
    a.note === b.note &&
    a.createdAt === b.createdAt &&
    a.updatedAt === b.updatedAt &&
    sameAttributes(a.attributes, b.attributes) &&
    sameReview(a.review, b.review)
  )
}

function sameReview(a: Span['review'], b: Span['review']): boolean {
  if (a === undefined || b === undefined) return a === b
  return (
    a.by === b.by &&
    a.at === b.at &&
    a.method === b.method &&
    a.source === b.source &&
    a.from.length === b.from.length &&
    a.from.every((name, i) => b.from[i] === name)
  )
}

/** Whether two attribute maps hold the same values (absent equals empty). */
export function sameAttributes(a: Span['attributes'], b: Span['attributes']): boolean {
  const aKeys = Object.keys(a ?? {})
  const bKeys = Object.keys(b ?? {})
  return aKeys.length === bKeys.length && aKeys.every((key) => a?.[key] === b?.[key])
}
