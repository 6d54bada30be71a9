import type { DocumentStatus } from '../spans/span'
import type { ParsedSpan } from './dataset'
import { annotatorName } from './parse-annotator'
import {
  asAttributes,
  isDocumentStatus,
  isNonEmptyString,
  isObject,
  type JsonObject,
} from './parse-guards'
import { describeValue } from './parse-problems'

type Report = (where: string, detail: string) => void

// One status for all (older files), or one per annotator; unknown values are reported.
export function readStatuses(
  value: unknown,
  where: string,
  report: Report,
): DocumentStatus | Map<string | undefined, DocumentStatus> | undefined {
  if (value === undefined || value === null) return undefined
  if (isDocumentStatus(value)) return value
  if (!isObject(value)) {
    report(where, `"status" is ${describeValue(value)}, not todo, in-progress or done; ignored`)
    return undefined
  }
  const statuses = new Map<string | undefined, DocumentStatus>()
  for (const [name, status] of Object.entries(value)) {
    const annotator = annotatorName(name)
    if (!isDocumentStatus(status) || annotator === undefined) {
      const detail = `the status of ${describeValue(name)} is ${describeValue(status)}, not todo, in-progress or done; ignored`
      report(
        where,
        annotator === undefined
          ? `"status" names no usable annotator ${describeValue(name)}; ignored`
          : detail,
      )
      continue
    }
    statuses.set(annotator, status)
  }
  return statuses
}

export interface SpanFields {
  readonly label: string
  readonly text: string | undefined
  readonly note: string | undefined
  readonly attributes: ParsedSpan['attributes']
  readonly annotator: string | undefined
}

export function spanFields(item: JsonObject): SpanFields | string {
  const { label, text, note, attributes, annotator } = item
  if (!isNonEmptyString(label)) return `"label" is ${describeValue(label)}, not a label name`
  if (text !== undefined && typeof text !== 'string') {
    return `"text" is ${describeValue(text)}, not text`
  }
  if (note !== undefined && note !== null && typeof note !== 'string') {
    return `"note" is ${describeValue(note)}, not text`
  }
  const attributeMap =
    attributes === undefined || attributes === null ? {} : asAttributes(attributes)
  if (attributeMap === null) {
    return `"attributes" must be an object of texts, numbers and true/false`
  }
  const name = annotator === undefined || annotator === null ? undefined : annotatorName(annotator)
  if (annotator !== undefined && annotator !== null && name === undefined) {
    return `"annotator" is ${describeValue(annotator)}, not a name`
  }
  return {
    label,
    text,
    note: typeof note === 'string' && note !== '' ? note : undefined,
    attributes: Object.keys(attributeMap).length === 0 ? undefined : attributeMap,
    annotator: name,
  }
}
