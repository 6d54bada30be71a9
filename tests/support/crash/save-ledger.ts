import type { Span } from '../../../src-main/core/spans/span'
import { createdSpan, labelFor, type CrashEdit } from './crash-edits'

/**
 * What the harness knows of one document's saves: which edits were sent and which were
 * acknowledged. `check` says whether the spans on disk are a state those saves allow.
 */
export interface DocLedger {
  sent(edit: CrashEdit): void
  acknowledged(n: number): void
  /** The first number no edit has used yet. */
  nextNumber(): number
  readonly ackCount: () => number
  /** Null when `spans` hold every acknowledged edit and nothing that was never sent. */
  check(spans: readonly Span[]): string | null
}

export function createDocLedger(seedIds: ReadonlySet<string>, from = 1): DocLedger {
  const sent = new Map<number, CrashEdit>()
  const acked = new Set<number>()
  // Span number → the edit that relabels it, if one was sent.
  const relabelOf = new Map<number, number>()
  let next = from

  return {
    sent(edit) {
      sent.set(edit.n, edit)
      if (edit.kind === 'relabel') relabelOf.set(edit.target, edit.n)
      next = Math.max(next, edit.n + 1)
    },
    acknowledged: (n) => void acked.add(n),
    nextNumber: () => next,
    ackCount: () => acked.size,
    check(spans) {
      const held = new Map(spans.map((span) => [span.id, span]))
      for (const n of acked) {
        const edit = sent.get(n) as CrashEdit
        const id = `s${edit.kind === 'create' ? n : edit.target}`
        const span = held.get(id)
        if (span === undefined) return `span ${id} is missing, though edit ${n} was acknowledged`
        if (edit.kind === 'relabel' && span.label !== labelFor(edit.target + 1)) {
          return `span ${id} has the label ${span.label}, though its relabel (edit ${n}) was acknowledged`
        }
      }
      for (const span of spans) {
        if (seedIds.has(span.id)) continue
        const n = Number(span.id.slice(1))
        if (sent.get(n)?.kind !== 'create') return `span ${span.id} was never sent`
        const { start, end, text } = createdSpan(n)
        if (span.start !== start || span.end !== end || span.text !== text) {
          return `span ${span.id} is not where edit ${n} put it`
        }
        const relabelled = span.label === labelFor(n + 1)
        if (span.label !== labelFor(n) && !(relabelled && relabelOf.has(n))) {
          return `span ${span.id} has the label ${span.label}, which no edit sent gave it`
        }
      }
      const missingSeeds = [...seedIds].filter((id) => !held.has(id))
      if (missingSeeds.length > 0) return `seeded span ${missingSeeds[0]} is missing`
      return null
    },
  }
}
