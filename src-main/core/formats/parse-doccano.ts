import type { OffsetUnit } from '../text/offsets'
import type { AnnotationParser, ImportProblem, ParsedDocument, ParsedSpan } from './dataset'
import { createDocumentAnchor, type DocumentAnchor } from './parse-anchor'
import { annotatorName } from './parse-annotator'
import { asIdText, isDocumentStatus, isNonEmptyString, isObject } from './parse-guards'
import { readJsonLines } from './parse-json'
import { readDoccanoCats } from './parse-doccano-cats'
import { offsetUnitFor } from './parse-offset-unit'
import { describeValue, problemAt } from './parse-problems'

const SPAN_KEYS = ['label', 'labels', 'entities'] as const

/**
 * doccano sequence-labelling JSONL: one example per line, `{"text", "label": [[start, end,
 * "Label"], ...]}` plus metadata. Also read: the older `labels` key, and `entities` as
 * `[start, end, "Label"]` tuples or `{"start_offset", "end_offset", "label"}` objects (the
 * relation-project export). One `ParsedDocument` per line.
 *
 * - `annotator` or `user` names the annotator; `status`, `title`, `id` (→ `sourceId`) and
 *   `offsetUnit` are read when present (Gloss writes them; see `exportDoccano`), and the
 *   stated `offsetUnit` is believed over `offsets` (see `offsetUnitFor`).
 * - `cats` of the form `"Category: value"` (how Gloss exports document labels) become the
 *   document's labels; see `readDoccanoCats`.
 * - doccano stores no covered text, so offsets are only checked against the document's
 *   length and characters; `text` on each span is what they cover.
 */
export const parseDoccano: AnnotationParser = (files, offsets) => {
  const documents: ParsedDocument[] = []
  const problems: ImportProblem[] = []
  for (const file of files) {
    for (const { line, value } of readJsonLines(file, problems)) {
      const report = (where: string, detail: string): void => {
        problems.push(problemAt(file.name, where, line, detail))
      }
      const document = lineDocument(value, line, offsets, report)
      if (document !== undefined) documents.push(document)
    }
  }
  return { documents, problems }
}

type Report = (where: string, detail: string) => void

function lineDocument(
  value: unknown,
  line: number,
  offsets: OffsetUnit,
  report: Report,
): ParsedDocument | undefined {
  const where = `line ${line}`
  if (!isObject(value)) {
    report(where, `expected an object with "text" and "label", found ${describeValue(value)}`)
    return undefined
  }
  if (typeof value.text !== 'string') {
    report(where, `"text" is ${describeValue(value.text)}, not the document's text`)
    return undefined
  }
  const key = SPAN_KEYS.find((name) => value[name] !== undefined && value[name] !== null)
  const list = key === undefined ? [] : value[key]
  if (!Array.isArray(list)) {
    report(where, `"${key}" is ${describeValue(list)}, not a list of [start, end, "Label"]`)
    return undefined
  }
  if (list.length > 0 && list.every((item) => typeof item === 'string')) {
    report(where, `"${key}" holds document categories, not spans; the line was skipped`)
    return undefined
  }
  const chosen = offsetUnitFor(value.offsetUnit, offsets, 'utf16')
  if ('problem' in chosen) {
    report(where, `${chosen.problem}; the document was skipped`)
    return undefined
  }
  const { unit } = chosen

  const anchor = createDocumentAnchor(value.text)
  const spans: ParsedSpan[] = []
  list.forEach((item: unknown, index) => {
    const spanWhere = `${where}, span ${index + 1}`
    const span = readSpan(item, anchor, unit, spanWhere)
    if (typeof span === 'string') report(spanWhere, span)
    else spans.push(span)
  })

  const annotator = annotatorName(value.annotator ?? value.user)
  const status = value.status
  if (status !== undefined && status !== null && !isDocumentStatus(status)) {
    report(where, `"status" is ${describeValue(status)}, not todo, in-progress or done; ignored`)
  }
  const title = isNonEmptyString(value.title) ? value.title : undefined
  const sourceId = asIdText(value.id)
  const docLabels = readDoccanoCats(value.cats, where, report)
  return {
    text: anchor.text,
    ...(title === undefined ? {} : { title }),
    ...(sourceId === undefined ? {} : { sourceId }),
    ...(annotator === undefined ? {} : { annotator }),
    ...(isDocumentStatus(status) ? { status } : {}),
    spans,
    ...(Object.keys(docLabels).length > 0 && { docLabels }),
    where,
  }
}

function readSpan(
  item: unknown,
  anchor: DocumentAnchor,
  unit: OffsetUnit,
  where: string,
): ParsedSpan | string {
  const fields = Array.isArray(item)
    ? { start: item[0], end: item[1], label: item[2], ok: item.length === 3 }
    : isObject(item)
      ? { start: item.start_offset, end: item.end_offset, label: item.label, ok: true }
      : undefined
  if (fields === undefined || !fields.ok) {
    return `expected [start, end, "Label"], found ${describeValue(item)}`
  }
  if (!isNonEmptyString(fields.label)) {
    return `the label is ${describeValue(fields.label)}, not a label name`
  }
  const placed = anchor.place(fields.start, fields.end, unit, undefined)
  if (typeof placed === 'string') return placed
  return { start: placed.start, end: placed.end, label: fields.label, text: placed.text, where }
}
