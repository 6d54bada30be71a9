import type { DocumentStatus } from '../spans/span'
import type { OffsetUnit } from '../text/offsets'
import type {
  AnnotationParser,
  ImportProblem,
  ParsedDocument,
  ParsedRelation,
  ParsedSpan,
} from './dataset'
import { createDocumentAnchor, type DocumentAnchor } from './parse-anchor'
import { asIdText, isNonEmptyString, isObject } from './parse-guards'
import { readJsonLines } from './parse-json'
import { offsetUnitFor } from './parse-offset-unit'
import { describeValue, problemAt } from './parse-problems'
import { readStatuses, spanFields } from './parse-jsonl-fields'
import { readJsonlDocLabels, readJsonlRelations, type SpanPlace } from './parse-jsonl-links'

/**
 * Gloss's native JSONL (what `exportJsonl` writes): one document per line,
 * `{"id","title","text","status","offsetUnit","spans":[{"start","end","label","text","annotator","note","attributes"}]}`.
 *
 * - One `ParsedDocument` per (line, annotator): spans are grouped by their `annotator`, and an
 *   annotator named only in `status` (a document marked done with no spans) still gets one.
 *   Spans without an annotator form one group with `annotator` unset.
 * - `status` is an object keyed by annotator, or one status for every annotator (older files).
 * - The line's `offsetUnit` is believed over `offsets` (see `offsetUnitFor`).
 * - `sourceId` is the line's `id`. A span's `text`, when given, must be what its offsets cover.
 * - `relations` (ends as indices into the line's `spans`) and `docLabels` (keyed by
 *   annotator) go to their annotator's document; see `readJsonlRelations`.
 */
export const parseJsonl: AnnotationParser = (files, offsets) => {
  const documents: ParsedDocument[] = []
  const problems: ImportProblem[] = []
  for (const file of files) {
    for (const { line, value } of readJsonLines(file, problems)) {
      const report = (where: string, detail: string): void => {
        problems.push(problemAt(file.name, where, line, detail))
      }
      documents.push(...lineDocuments(value, line, offsets, report))
    }
  }
  return { documents, problems }
}

type Report = (where: string, detail: string) => void

interface Group {
  readonly annotator: string | undefined
  status?: DocumentStatus
  readonly spans: ParsedSpan[]
  relations?: ParsedRelation[]
  docLabels?: Record<string, string>
}

function lineDocuments(
  value: unknown,
  line: number,
  offsets: OffsetUnit,
  report: Report,
): ParsedDocument[] {
  const where = `line ${line}`
  if (!isObject(value)) {
    report(where, `expected an object with "text" and "spans", found ${describeValue(value)}`)
    return []
  }
  if (typeof value.text !== 'string') {
    report(where, `"text" is ${describeValue(value.text)}, not the document's text`)
    return []
  }
  if (!Array.isArray(value.spans)) {
    report(where, `"spans" is ${describeValue(value.spans)}, not a list`)
    return []
  }
  const chosen = offsetUnitFor(value.offsetUnit, offsets, 'codepoints')
  if ('problem' in chosen) {
    report(where, `${chosen.problem}; the document was skipped`)
    return []
  }
  const { unit } = chosen

  const groups = new Map<string | undefined, Group>()
  const groupOf = (annotator: string | undefined): Group => {
    let group = groups.get(annotator)
    if (group === undefined) groups.set(annotator, (group = { annotator, spans: [] }))
    return group
  }
  const statuses = readStatuses(value.status, where, report)
  if (statuses instanceof Map) for (const [name, status] of statuses) groupOf(name).status = status

  const anchor = createDocumentAnchor(value.text)
  const places = value.spans.map((item: unknown, index): SpanPlace => {
    const spanWhere = `${where}, span ${index + 1}`
    const read = readSpan(item, anchor, unit, spanWhere)
    if (typeof read === 'string') {
      report(spanWhere, read)
      return read
    }
    const { spans } = groupOf(read.annotator)
    spans.push(read.span)
    return { annotator: read.annotator, index: spans.length - 1 }
  })
  for (const [name, relations] of readJsonlRelations(value.relations, places, where, report)) {
    groupOf(name).relations = relations
  }
  for (const [name, labels] of readJsonlDocLabels(value.docLabels, where, report)) {
    groupOf(name).docLabels = labels
  }
  if (groups.size === 0) groupOf(undefined)

  const title = isNonEmptyString(value.title) ? value.title : undefined
  const sourceId = asIdText(value.id)
  return [...groups.values()].map((group) => {
    const status = typeof statuses === 'string' ? statuses : group.status
    return {
      text: anchor.text,
      ...(title === undefined ? {} : { title }),
      ...(sourceId === undefined ? {} : { sourceId }),
      ...(group.annotator === undefined ? {} : { annotator: group.annotator }),
      ...(status === undefined ? {} : { status }),
      spans: group.spans,
      ...(group.relations !== undefined && { relations: group.relations }),
      ...(group.docLabels !== undefined && { docLabels: group.docLabels }),
      where,
    }
  })
}

function readSpan(
  item: unknown,
  anchor: DocumentAnchor,
  unit: OffsetUnit,
  where: string,
): { annotator: string | undefined; span: ParsedSpan } | string {
  if (!isObject(item)) {
    return `expected an object with "start", "end" and "label", found ${describeValue(item)}`
  }
  const fields = spanFields(item)
  if (typeof fields === 'string') return fields
  const placed = anchor.place(item.start, item.end, unit, fields.text)
  if (typeof placed === 'string') return placed
  return {
    annotator: fields.annotator,
    span: {
      start: placed.start,
      end: placed.end,
      label: fields.label,
      text: placed.text,
      ...(fields.note === undefined ? {} : { note: fields.note }),
      ...(fields.attributes === undefined ? {} : { attributes: fields.attributes }),
      where,
      ...(placed.reanchored !== undefined && { reanchored: placed.reanchored }),
    },
  }
}
