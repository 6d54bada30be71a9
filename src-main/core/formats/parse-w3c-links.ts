import type { ParsedRelation } from './dataset'
import { isNonEmptyString, isObject } from './parse-guards'
import { describeValue } from './parse-problems'
import { isAllowedKey } from './untrusted-json'

/** A linking annotation (a relation, as `export-w3c.ts` writes one): its type and two ends. */
export interface W3cLink {
  readonly kind: 'linking'
  readonly type: string
  /** The ids of the span annotations it joins, from first to second. */
  readonly from: string
  readonly to: string
}

/** A classifying annotation (document labels): its document and its "Category: value" classes. */
export interface W3cClasses {
  readonly kind: 'classifying'
  readonly source: string
  readonly creator: unknown
  readonly classes: readonly string[]
}

const listOf = (value: unknown): readonly unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]

const bodyValues = (value: unknown, purpose: string): string[] =>
  listOf(value)
    .filter((body) => isObject(body) && body.purpose === purpose && isNonEmptyString(body.value))
    .map((body) => (body as { value: string }).value)

const targetId = (target: unknown): unknown =>
  isObject(target) ? (target.id ?? target.source) : target

/**
 * Reads an annotation whose `motivation` is `linking` or `classifying`; `undefined` for any
 * other (a span), a reason string when it is one of those but cannot be read.
 */
export function w3cLinkOrClasses(
  value: unknown,
  creatorOf: (creator: unknown) => unknown,
): W3cLink | W3cClasses | string | undefined {
  if (!isObject(value)) return undefined
  if (value.motivation === 'linking') {
    const [type] = bodyValues(value.body, 'tagging')
    if (type === undefined) return 'is a linking annotation without a "tagging" body (its type)'
    const targets = listOf(value.target).map(targetId)
    const [from, to] = targets
    if (targets.length !== 2 || !isNonEmptyString(from) || !isNonEmptyString(to)) {
      return `is a linking annotation whose target is ${describeValue(value.target)}, not the ids of two span annotations`
    }
    return { kind: 'linking', type, from, to }
  }
  if (value.motivation === 'classifying') {
    const source = targetId(listOf(value.target)[0])
    if (!isNonEmptyString(source)) return `its target has no "source" naming the document`
    const classes = bodyValues(value.body, 'classifying')
    return { kind: 'classifying', source, creator: creatorOf(value.creator), classes }
  }
  return undefined
}

// Gloss writes a document label as the class "Topic: Economy" (see `docLabelClass`).
const SEPARATOR = ': '

/** A class as category and value, split at the first `": "`; a reason string when it is not one. */
export function w3cDocLabel(value: string): readonly [string, string] | string {
  const at = value.indexOf(SEPARATOR)
  const category = value.slice(0, Math.max(0, at)).trim()
  const chosen = value.slice(at + SEPARATOR.length).trim()
  if (at <= 0 || category === '' || chosen === '' || !isAllowedKey(category)) {
    return `its classifying body ${describeValue(value)} is not "Category: value"; ignored`
  }
  return [category, chosen]
}

/** Where each span annotation's span went: its group and index there, by annotation id. */
export type SpanIds = ReadonlyMap<string, { readonly group: string; readonly index: number }>

/**
 * The relation a link makes in its group, or why it makes none: both ends must be span
 * annotations of the same file, document and annotator.
 */
export function w3cRelation(
  link: W3cLink,
  ids: SpanIds,
  where: string,
): { readonly group: string; readonly relation: ParsedRelation } | string {
  const from = ids.get(link.from)
  const to = ids.get(link.to)
  const missing = from === undefined ? link.from : to === undefined ? link.to : undefined
  if (missing !== undefined || from === undefined || to === undefined) {
    return `its target "${missing}" is not a span annotation read from this file; the relation was skipped`
  }
  if (from.group !== to.group) {
    return 'its spans belong to different documents or annotators; a relation joins two spans of one layer, so it was skipped'
  }
  return { group: from.group, relation: { type: link.type, from: from.index, to: to.index, where } }
}
