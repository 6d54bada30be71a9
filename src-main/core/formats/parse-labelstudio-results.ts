import type { AttributeValue } from '../spans/span'
import type { OffsetUnit } from '../text/offsets'
import type { ParsedSpan } from './dataset'
import { isDocChoice } from './parse-labelstudio-links'
import type { DocumentAnchor } from './parse-anchor'
import { isAttributeTextarea, regionAttributes } from './labelstudio-region-attributes'
import { asIdText, isNonEmptyString, isObject, type JsonObject } from './parse-guards'
import { describeValue, type createSkipCounter } from './parse-problems'
import { appendAll } from '../append-all'

type Report = (where: string, detail: string) => void
type SkipCounter = ReturnType<typeof createSkipCounter>

/**
 * The spans in one Label Studio annotation's `result` list: each `labels` region becomes a
 * span per label, with its note and its per-region attribute results; relations and
 * document label choices are read elsewhere (see parse-labelstudio-links); other result
 * types are counted as skipped. `regionAt` is filled with each region's first span's index.
 */
export function resultSpans(
  results: readonly unknown[],
  where: string,
  anchor: DocumentAnchor,
  offsets: OffsetUnit,
  report: Report,
  skips: SkipCounter,
  regionAt: Map<string, number>,
): ParsedSpan[] {
  const notes = regionNotes(results)
  const attributes = regionAttributes(results)
  const regionIds = new Set(
    results.flatMap((result) =>
      isObject(result) && result.type === 'labels' ? (asIdText(result.id) ?? []) : [],
    ),
  )
  const spans: ParsedSpan[] = []
  results.forEach((result: unknown, index) => {
    const at = `${where}, result ${index + 1}`
    if (!isObject(result)) {
      report(at, `expected a result object, found ${describeValue(result)}`)
      return
    }
    if (result.type === 'textarea' || result.type === 'relation' || isDocChoice(result)) return
    // A per-region choice is read as its region's attribute (see `regionAttributes`).
    if (result.type === 'choices' && regionIds.has(asIdText(result.id) ?? '')) return
    if (result.type !== 'labels') {
      const type = typeof result.type === 'string' ? result.type : 'untyped'
      skips.skip(`type:${type}`, `"${type}" results are not supported`)
      return
    }
    const read = labelsSpans(result, anchor, offsets, notes, attributes, at)
    if (typeof read === 'string') {
      report(at, read)
      return
    }
    const id = asIdText(result.id)
    if (id !== undefined && !regionAt.has(id)) regionAt.set(id, spans.length)
    appendAll(spans, read)
  })
  for (const id of notes.keys()) {
    if (!regionIds.has(id) && notes.get(id)?.fromTextarea === true) {
      skips.skip('textarea', 'text areas that belong to no labelled region are not imported')
    }
  }
  return spans
}

function labelsSpans(
  result: JsonObject,
  anchor: DocumentAnchor,
  offsets: OffsetUnit,
  notes: ReadonlyMap<string, RegionNote>,
  attributes: ReadonlyMap<string, Record<string, AttributeValue>>,
  where: string,
): ParsedSpan[] | string {
  const value = result.value
  if (!isObject(value)) return `"value" is ${describeValue(value)}, not an object`
  const labels = value.labels
  if (!Array.isArray(labels) || labels.length === 0 || !labels.every(isNonEmptyString)) {
    return `"labels" is ${describeValue(labels)}, not a list of label names`
  }
  if (value.text !== undefined && typeof value.text !== 'string') {
    return `"text" is ${describeValue(value.text)}, not text`
  }
  const placed = anchor.place(value.start, value.end, offsets, value.text)
  if (typeof placed === 'string') return placed
  const id = asIdText(result.id)
  const note = id === undefined ? undefined : notes.get(id)?.text
  const values = id === undefined ? undefined : attributes.get(id)
  return labels.map((label) => ({
    ...placed,
    label,
    ...(note === undefined ? {} : { note }),
    ...(values === undefined ? {} : { attributes: values }),
    where,
  }))
}

interface RegionNote {
  readonly text: string
  readonly fromTextarea: boolean
}

// A region's note: its own `meta.text` (Gloss writes notes there) and any per-region
// TextArea result sharing its id, joined by line breaks.
function regionNotes(results: readonly unknown[]): Map<string, RegionNote> {
  const notes = new Map<string, RegionNote>()
  const add = (id: string, texts: unknown, fromTextarea: boolean): void => {
    const list = (Array.isArray(texts) ? texts : [texts]).filter(isNonEmptyString)
    if (list.length === 0) return
    const before = notes.get(id)
    notes.set(id, {
      text: [...(before === undefined ? [] : [before.text]), ...list].join('\n'),
      fromTextarea: fromTextarea && (before?.fromTextarea ?? true),
    })
  }
  for (const result of results) {
    if (!isObject(result)) continue
    const id = asIdText(result.id)
    if (id === undefined) continue
    if (result.type === 'labels' && isObject(result.meta)) add(id, result.meta.text, false)
    if (result.type === 'textarea' && isObject(result.value) && !isAttributeTextarea(result)) {
      add(id, result.value.text, true)
    }
  }
  return notes
}
