import type {
  AnnotationParser,
  ImportProblem,
  InputFile,
  ParsedDocument,
  ParsedSpan,
} from './dataset'
import { annotatorName } from './parse-annotator'
import { isObject, type JsonObject } from './parse-guards'
import { looksLikeJsonLines, readJsonFile, readJsonLines } from './parse-json'
import { describeValue, problemAt } from './parse-problems'
import { w3cAnnotationSpans } from './parse-w3c-annotation'
import { appendAll } from '../append-all'
import { stopForProblems } from './cap-per-file'

const GLOSS_SOURCE = /^urn:gloss:doc:([0-9a-f]{8,64})$/

/**
 * W3C Web Annotation JSON-LD: an `AnnotationCollection` (its `items`, or its inline `first`
 * page and the `next` pages after it), an `AnnotationPage`, a list of annotations, one
 * `Annotation`, or JSON Lines with one annotation per line.
 *
 * W3C annotations carry no document text, only `target.source`. So, unlike every other
 * format, the documents come back UNANCHORED:
 * - `text` is `''` and `sourceId` is the target's `source` (Gloss writes
 *   `urn:gloss:doc:<docId>`; `w3cDocumentId` extracts the id). The caller matches documents
 *   by that id, not by text, and reports sources it cannot find.
 * - span `start`/`end` are the `TextPositionSelector`'s numbers as written, still in the
 *   file's unit, and `text` is the `TextQuoteSelector`'s `exact`. Once the document is found,
 *   `anchorW3cDocument(document, projectText, offsets)` (parse-w3c-anchor.ts) converts and checks them.
 * - `where` is the file's name (for those later messages); spans' `where` is `annotation 3`
 *   (1-based in the file) or `line 3` in JSON Lines.
 *
 * One document per (file, source, creator): the annotator comes from `creator` (`nickname`,
 * `name` or a plain string). The label is the `TextualBody` with `purpose: "tagging"` (one
 * span per tag); a `commenting` body is the note. An annotation without a
 * `TextPositionSelector` is a problem: quote-only anchoring is not attempted.
 */
export const parseW3c: AnnotationParser = (files) => {
  const documents: ParsedDocument[] = []
  const problems: ImportProblem[] = []
  for (const file of files) {
    appendAll(documents, fileDocuments(file, problems))
  }
  return { documents, problems }
}

/** The Gloss document id in a source Gloss wrote (`urn:gloss:doc:<docId>`), else `undefined`. */
export function w3cDocumentId(source: string | undefined): string | undefined {
  return source === undefined ? undefined : GLOSS_SOURCE.exec(source)?.[1]
}

interface Located {
  readonly where: string
  readonly line: number | undefined
  readonly value: unknown
}

function fileDocuments(file: InputFile, problems: ImportProblem[]): ParsedDocument[] {
  const annotations = readAnnotations(file, problems)
  const groups = new Map<
    string,
    { source: string; annotator: string | undefined; spans: ParsedSpan[] }
  >()
  const before = problems.length
  for (const { where, line, value } of annotations) {
    if (stopForProblems(problems, before, file.name, where)) break
    const read = w3cAnnotationSpans(value, where)
    if (typeof read === 'string') {
      problems.push(problemAt(file.name, where, line, read))
      continue
    }
    const annotator = annotatorName(read.creator)
    const key = JSON.stringify([read.source, annotator ?? null])
    let group = groups.get(key)
    if (group === undefined)
      groups.set(key, (group = { source: read.source, annotator, spans: [] }))
    appendAll(group.spans, read.spans)
  }
  return [...groups.values()].map((group) => ({
    text: '',
    sourceId: group.source,
    ...(group.annotator === undefined ? {} : { annotator: group.annotator }),
    spans: group.spans,
    where: file.name,
  }))
}

function readAnnotations(file: InputFile, problems: ImportProblem[]): Located[] {
  if (looksLikeJsonLines(file.text)) {
    return [...readJsonLines(file, problems)].map(({ line, value }) => ({
      where: `line ${line}`,
      line,
      value,
    }))
  }
  const value = readJsonFile(file, problems)
  if (value === undefined) return []
  const items = collectionItems(value)
  if (items === undefined) {
    problems.push(
      problemAt(
        file.name,
        undefined,
        undefined,
        `expected a W3C AnnotationCollection, AnnotationPage or Annotation, found ${describeValue(value)}`,
      ),
    )
    return []
  }
  return items.map((item, index) => ({
    where: `annotation ${index + 1}`,
    line: undefined,
    value: item,
  }))
}

function collectionItems(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value
  if (!isObject(value)) return undefined
  if (value.type === 'Annotation' || (value.target !== undefined && value.body !== undefined)) {
    return [value]
  }
  if (Array.isArray(value.items)) return value.items
  const items: unknown[] = []
  // Pages by URL cannot be fetched (no network); only inline pages are read.
  for (let page: unknown = value.first; isObject(page); page = (page as JsonObject).next) {
    if (!Array.isArray(page.items)) break
    appendAll(items, page.items)
  }
  return isObject(value.first) ? items : undefined
}
