import { GlossFailure } from '../failure'
import { sortSpans } from './overlaps'
import type { Span, SpanChangeSet } from './span'

const HINT = 'Reload the document to see its current spans, then make the change again.'

/**
 * Applies a change set strictly: deletions, then updates, then creations. Creating an id that
 * exists, touching an id that does not, or an `old`/deleted span that differs from the stored
 * one throws a `conflict` GlossFailure and changes nothing, so a stale undo cannot silently
 * corrupt data. Returns a new array in `compareSpans` order.
 */
export function applyChangeSet(spans: readonly Span[], changes: SpanChangeSet): Span[] {
  const byId = new Map<string, Span>()
  for (const span of spans) byId.set(span.id, span)

  for (const deleted of changes.deleted) {
    expectStored(byId, deleted, 'delete')
    byId.delete(deleted.id)
  }
  for (const { old, new: next } of changes.updated) {
    if (old.id !== next.id) {
      conflict(`Cannot change span ${old.id} into span ${next.id}: an update keeps the span id.`)
    }
    expectStored(byId, old, 'update')
    byId.set(next.id, next)
  }
  for (const created of changes.created) {
    if (byId.has(created.id)) {
      conflict(`Cannot create span ${created.id}: a span with that id already exists.`)
    }
    byId.set(created.id, created)
  }
  return sortSpans([...byId.values()])
}

/** The change set that undoes `changes`. */
export function invertChangeSet(changes: SpanChangeSet): SpanChangeSet {
  return {
    created: changes.deleted,
    updated: changes.updated.map(({ old, new: next }) => ({ old: next, new: old })),
    deleted: changes.created,
  }
}

/** Whether the change set changes nothing. */
export function isEmptyChangeSet(changes: SpanChangeSet): boolean {
  return (
    changes.created.length === 0 && changes.updated.length === 0 && changes.deleted.length === 0
  )
}

function expectStored(byId: Map<string, Span>, expected: Span, action: string): void {
  const stored = byId.get(expected.id)
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

function sameAttributes(a: Span['attributes'], b: Span['attributes']): boolean {
  const aKeys = Object.keys(a ?? {})
  const bKeys = Object.keys(b ?? {})
  return aKeys.length === bKeys.length && aKeys.every((key) => a?.[key] === b?.[key])
}
