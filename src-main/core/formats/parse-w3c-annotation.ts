import type { ParsedSpan } from './dataset'
import { isNonEmptyString, isObject, type JsonObject } from './parse-guards'
import { describeValue } from './parse-problems'

/** What one annotation says: its document, its creator (raw) and its spans, unanchored. */
export interface W3cAnnotation {
  readonly source: string
  readonly creator: unknown
  readonly spans: readonly ParsedSpan[]
}

/**
 * Reads one W3C `Annotation`: the tagging bodies (labels), the commenting body (note), the
 * target's `source` and its `TextPositionSelector` (numbers kept as written) and
 * `TextQuoteSelector` (`exact` becomes the span's `text`). A reason string when it cannot.
 */
export function w3cAnnotationSpans(value: unknown, where: string): W3cAnnotation | string {
  if (!isObject(value)) return `expected an Annotation object, found ${describeValue(value)}`
  const bodies = listOf(value.body)
  const labels = bodies.filter((body) => isTextual(body, 'tagging'))
  if (labels.length === 0) {
    return 'has no TextualBody with purpose "tagging" (the label)'
  }
  const comments = bodies.filter((body) => isTextual(body, 'commenting'))
  const note = comments.map((body) => body.value as string).join('\n')

  const targets = listOf(value.target)
  if (targets.length !== 1) {
    return targets.length === 0 ? 'has no target' : `has ${targets.length} targets; Gloss reads one`
  }
  const target = targets[0]
  if (!isObject(target) || !isNonEmptyString(target.source)) {
    return `its target has no "source" naming the document`
  }
  const selectors = listOf(target.selector).filter(isObject)
  const position = selectors.find((selector) => selector.type === 'TextPositionSelector')
  if (position === undefined) return 'has no TextPositionSelector'
  const { start, end } = position
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return `its TextPositionSelector's offsets ${describeValue(start)}–${describeValue(end)} are not whole numbers`
  }
  const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector')
  const exact = quote?.exact
  if (exact !== undefined && typeof exact !== 'string') {
    return `its TextQuoteSelector's "exact" is ${describeValue(exact)}, not text`
  }

  const spans = labels.map((body) => ({
    start: start as number,
    end: end as number,
    label: body.value as string,
    ...(exact === undefined ? {} : { text: exact }),
    ...(note === '' ? {} : { note }),
    where,
  }))
  return { source: target.source, creator: creatorName(value.creator), spans }
}

function listOf(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

function isTextual(body: unknown, purpose: string): body is JsonObject {
  return (
    isObject(body) &&
    (body.type === 'TextualBody' || body.type === undefined) &&
    body.purpose === purpose &&
    isNonEmptyString(body.value)
  )
}

/** The creator's name as written: `nickname`, `name` or `email` of the first, or a plain value. */
export function creatorName(creator: unknown): unknown {
  const first = Array.isArray(creator) ? creator[0] : creator
  if (!isObject(first)) return first
  return first.nickname ?? first.name ?? first.email
}
