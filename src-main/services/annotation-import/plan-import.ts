import type { ImportProblem, ParsedDocument, ParsedSpan } from '../../core/formats/dataset'
import type { Label } from '../../core/labels/label'
import type { DocumentEntry } from '../../core/project/project'
import { checkSpan } from '../../core/spans/check-span'
import type { DocumentStatus, Span } from '../../core/spans/span'
import { fitAttributes } from '../../core/formats/fit-attributes'
import { createLabelMatcher } from './label-matcher'
import { createDocumentMatcher, type MatchedDocument } from './match-document'
import { appendAll } from '../../core/append-all'
import type { DocLabelCategory } from '../../core/doc-labels/doc-label'
import type { RelationType } from '../../core/relations/relation'
import { planDocLabels, planRelations, type PlannedEnd, type PlannedRelation } from './plan-links'

/** A parsed document and the file it came from (for messages and a new document's source). */
export interface SourcedDocument {
  readonly file: string
  readonly document: ParsedDocument
}

/** A span ready to merge into a layer: offsets into the project's text, label by id. */
export interface PlannedSpan {
  readonly start: number
  readonly end: number
  readonly label: string
  readonly text: string
  readonly note?: string
  readonly attributes?: ParsedSpan['attributes']
}

/** What one import adds to one annotator's layer on one document. */
export interface PlannedLayer {
  readonly annotator: string
  readonly entry: DocumentEntry
  readonly spans: PlannedSpan[]
  /** Ends are indices into `spans`. */
  readonly relations: PlannedRelation[]
  /** Category id → value; each replaces the layer's value for that category. */
  readonly docLabels: Record<string, string>
  status?: DocumentStatus
}

/** Everything an import will write, worked out before anything is written. */
export interface ImportPlan {
  /** Documents the project does not have yet, with their texts, by id. */
  readonly added: ReadonlyMap<string, MatchedDocument>
  /** Ids of documents the project already had. */
  readonly matched: ReadonlySet<string>
  /** By annotator and document id. */
  readonly layers: ReadonlyMap<string, PlannedLayer>
  readonly problems: readonly ImportProblem[]
  /** Spans not imported because of a problem (each has one in `problems`). */
  readonly skipped: number
  /** Spans whose offsets missed their text, placed where the text is nearby: what was done. */
  readonly reanchored: readonly ImportProblem[]
}

export interface PlanContext {
  readonly labels: readonly Label[]
  readonly relationTypes: readonly RelationType[]
  readonly docLabels: readonly DocLabelCategory[]
  readonly index: readonly DocumentEntry[]
  /** The texts of documents matched by id (W3C carries no text), read on demand. */
  readonly readText: (entry: DocumentEntry) => Promise<string>
  /** `--annotator`: every layer goes here when given. */
  readonly annotator?: string
  /** The annotator when neither `annotator` nor the file names one. */
  readonly fallbackAnnotator: string
  /** Whether a name the file gives can be a layer (a valid annotator or `_gold`). */
  readonly isLayerName: (name: string) => boolean
  /**
   * Places the spans of a document that came without text (W3C) on the project's text once
   * it is found; spans that do not fit come back as problems.
   */
  readonly anchor: (
    document: ParsedDocument,
    text: string,
  ) => { readonly document: ParsedDocument; readonly problems: readonly ImportProblem[] }
  readonly now: string
}

/**
 * Matches each parsed document to the project (see `createDocumentMatcher`), resolves labels
 * and checks every span against the project's text. Nothing is written: problems are
 * collected and skipped spans counted.
 */
export async function planImport(
  documents: readonly SourcedDocument[],
  context: PlanContext,
): Promise<ImportPlan> {
  const labelFor = createLabelMatcher(context.labels)
  const matcher = createDocumentMatcher(context.index, context.readText, context.now)
  const layers = new Map<string, PlannedLayer>()
  const problems: ImportProblem[] = []
  const reanchored: ImportProblem[] = []
  let skipped = 0
  const skip = (file: string, where: string, message: string, spans = 1): void => {
    problems.push(problem(file, where, message))
    skipped += spans
  }

  for (const { file, document: parsed } of documents) {
    const annotator = context.annotator ?? parsed.annotator ?? context.fallbackAnnotator
    if (!context.isLayerName(annotator)) {
      const message = `the file names the annotator "${annotator}", which cannot be a folder name; import it with an annotator name given`
      skip(file, parsed.where, message, parsed.spans.length)
      continue
    }
    const target = await matcher.find(parsed, file)
    if (typeof target === 'string') {
      skip(file, parsed.where, target, parsed.spans.length)
      continue
    }
    let document = parsed
    if (parsed.text === '') {
      const anchored = context.anchor(parsed, target.text)
      document = anchored.document
      appendAll(problems, anchored.problems)
      skipped += anchored.problems.length
    }
    const key = `${annotator}\u0000${target.entry.id}`
    const layer = layers.get(key) ?? {
      annotator,
      entry: target.entry,
      spans: [],
      relations: [],
      docLabels: {},
    }
    layers.set(key, layer)
    if (document.status !== undefined) layer.status = document.status

    // Where each of the document's spans went, so its relations can follow them.
    const ends: PlannedEnd[] = []
    for (const span of document.spans) {
      const label = labelFor(span.label)
      if (label === undefined) {
        const message = `the label "${span.label}" is not in this project's label set; add it in Settings to import such spans`
        skip(file, span.where, message)
        ends.push({ skipped: span.where })
        continue
      }
      const stated = span.text ?? target.text.slice(span.start, span.end)
      const misfit = checkSpan(target.text, { start: span.start, end: span.end, text: stated })
      if (misfit !== null) {
        skip(file, span.where, `the span does not fit: ${misfit}`)
        ends.push({ skipped: span.where })
        continue
      }
      ends.push(layer.spans.length)
      layer.spans.push({
        start: span.start,
        end: span.end,
        label: label.id,
        text: target.text.slice(span.start, span.end),
        ...(span.note !== undefined && span.note !== '' && { note: span.note }),
        ...withAttributes(label, span.attributes),
      })
      if (span.reanchored !== undefined) reanchored.push(problem(file, span.where, span.reanchored))
    }
    const note = (where: string, message: string): void => {
      problems.push(problem(file, where, message))
    }
    appendAll(layer.relations, planRelations(document, ends, context.relationTypes, note))
    Object.assign(layer.docLabels, planDocLabels(document, context.docLabels, note))
  }
  return { added: matcher.added, matched: matcher.matched, layers, problems, skipped, reanchored }
}

const LINE = /\bline (\d+)\b/u

/** The span's imported attributes, read as its label defines them (see `fitAttributes`). */
function withAttributes(label: Label, read: ParsedSpan['attributes']): Pick<Span, 'attributes'> {
  const attributes = read === undefined ? undefined : fitAttributes(label, read)
  return attributes === undefined ? {} : { attributes }
}

/** A problem in the parsers' style: the message starts with where it is. */
function problem(file: string, where: string, detail: string): ImportProblem {
  const line = LINE.exec(where)?.[1]
  const located = where !== '' && where !== file
  return {
    file,
    ...(line !== undefined && { line: Number(line) }),
    ...(located && { where }),
    message: located ? `${where}: ${detail}` : detail,
  }
}
