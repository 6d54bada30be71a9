import type {
  AnnotationParser,
  ImportProblem,
  InputFile,
  ParsedDocument,
  ParsedRelation,
  ParsedSpan,
} from './dataset'
import { annotatorName } from './parse-annotator'
import { isObject, type JsonObject } from './parse-guards'
import { looksLikeJsonLines, readJsonFile, readJsonLines } from './parse-json'
import { describeValue, problemAt } from './parse-problems'
import { creatorName, w3cAnnotationSpans } from './parse-w3c-annotation'
import { w3cDocLabel, w3cLinkOrClasses, w3cRelation, type W3cLink } from './parse-w3c-links'
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
 * `TextPositionSelector` is a problem: quote-only anchoring is not attempted. A `linking`
 * annotation whose targets are two span annotations of the file (by `id`) is a relation of
 * their document; a `classifying` one's "Category: value" bodies are document labels.
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

interface Group {
  readonly source: string
  readonly annotator: string | undefined
  readonly spans: ParsedSpan[]
  readonly relations: ParsedRelation[]
  readonly docLabels: Record<string, string>
}

function fileDocuments(file: InputFile, problems: ImportProblem[]): ParsedDocument[] {
  const annotations = readAnnotations(file, problems)
  const groups = new Map<string, Group>()
  const groupFor = (source: string, creator: unknown): [string, Group] => {
    const annotator = annotatorName(creator)
    const key = JSON.stringify([source, annotator ?? null])
    const group = groups.get(key) ?? { source, annotator, spans: [], relations: [], docLabels: {} }
    groups.set(key, group)
    return [key, group]
  }
  // Links name span annotations by id, before or after them: they are read at the end.
  const ids = new Map<string, { group: string; index: number }>()
  const links: { link: W3cLink; where: string; line: number | undefined }[] = []
  const before = problems.length
  for (const { where, line, value } of annotations) {
    if (stopForProblems(problems, before, file.name, where)) break
    const report = (detail: string) => problems.push(problemAt(file.name, where, line, detail))
    const other = w3cLinkOrClasses(value, creatorName)
    if (typeof other === 'string') {
      report(other)
    } else if (other?.kind === 'linking') {
      links.push({ link: other, where, line })
    } else if (other?.kind === 'classifying') {
      addClasses(groupFor(other.source, other.creator)[1], other.classes, report)
    } else {
      const read = w3cAnnotationSpans(value, where)
      if (typeof read === 'string') {
        report(read)
        continue
      }
      const [key, group] = groupFor(read.source, read.creator)
      const id = isObject(value) ? value.id : undefined
      if (typeof id === 'string') ids.set(id, { group: key, index: group.spans.length })
      appendAll(group.spans, read.spans)
    }
  }
  for (const { link, where, line } of links) {
    const made = w3cRelation(link, ids, where)
    if (typeof made === 'string') problems.push(problemAt(file.name, where, line, made))
    else groups.get(made.group)?.relations.push(made.relation)
  }
  return [...groups.values()].map((group) => ({
    text: '',
    sourceId: group.source,
    ...(group.annotator === undefined ? {} : { annotator: group.annotator }),
    spans: group.spans,
    ...(group.relations.length > 0 && { relations: group.relations }),
    ...(Object.keys(group.docLabels).length > 0 && { docLabels: group.docLabels }),
    where: file.name,
  }))
}

function addClasses(group: Group, classes: readonly string[], report: (detail: string) => void) {
  for (const value of classes) {
    const label = w3cDocLabel(value)
    if (typeof label === 'string') report(label)
    else group.docLabels[label[0]] = label[1]
  }
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
