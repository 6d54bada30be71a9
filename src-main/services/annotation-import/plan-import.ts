import type { ImportProblem, ParsedDocument, ParsedSpan } from '../../core/formats/dataset'
import type { Label } from '../../core/labels/label'
import type { DocumentEntry } from '../../core/project/project'
import { docIdFromSha256 } from '../../core/project/doc-id'
import { checkSpan } from '../../core/spans/check-span'
import type { DocumentStatus } from '../../core/spans/span'
import { titleFromText } from '../../core/text/document-title'
import { normalizeText } from '../../core/text/normalize-text'
import { sha256Hex } from '../project/document-text'
import { sourceFileName } from './input-files'
import { createLabelMatcher } from './label-matcher'

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
  status?: DocumentStatus
}

/** Everything an import will write, worked out before anything is written. */
export interface ImportPlan {
  /** Documents the project does not have yet, with their texts, by id. */
  readonly added: Map<string, { readonly entry: DocumentEntry; readonly text: string }>
  /** Ids of documents the project already had. */
  readonly matched: Set<string>
  /** By annotator and document id. */
  readonly layers: Map<string, PlannedLayer>
  readonly problems: ImportProblem[]
  /** Spans not imported because of a problem (each has one in `problems`). */
  skipped: number
}

export interface PlanContext {
  readonly labels: readonly Label[]
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

const GLOSS_URN = /^urn:gloss:doc:([0-9a-f]{8,64})$/u
const PLAIN_ID = /^[0-9a-f]{8,64}$/u

/**
 * Matches each parsed document to the project (by the docId of its normalised text, or by
 * `sourceId` when the file carries no text), resolves labels and checks every span against
 * the project's text. Nothing is written: problems are collected, skipped spans counted.
 */
export async function planImport(
  documents: readonly SourcedDocument[],
  context: PlanContext,
): Promise<ImportPlan> {
  const labelFor = createLabelMatcher(context.labels)
  const byId = new Map(context.index.map((entry) => [entry.id, entry]))
  const texts = new Map<string, string>()
  const plan: ImportPlan = {
    added: new Map(),
    matched: new Set(),
    layers: new Map(),
    problems: [],
    skipped: 0,
  }
  const skipDocument = (sourced: SourcedDocument, message: string): void => {
    plan.problems.push(problem(sourced.file, sourced.document.where, message))
    plan.skipped += sourced.document.spans.length
  }

  for (const sourced of documents) {
    const target = await findDocument(sourced, byId, texts, plan, context)
    if (typeof target === 'string') {
      skipDocument(sourced, target)
      continue
    }
    let { document } = sourced
    if (document.text === '') {
      const anchored = context.anchor(document, target.text)
      document = anchored.document
      plan.problems.push(...anchored.problems)
      plan.skipped += anchored.problems.length
    }
    const annotator = context.annotator ?? document.annotator ?? context.fallbackAnnotator
    if (!context.isLayerName(annotator)) {
      skipDocument(
        sourced,
        `the file names the annotator "${annotator}", which cannot be a folder name; import it with an annotator name given`,
      )
      continue
    }
    const layerKey = `${annotator}\u0000${target.entry.id}`
    const layer = plan.layers.get(layerKey) ?? { annotator, entry: target.entry, spans: [] }
    plan.layers.set(layerKey, layer)
    if (document.status !== undefined) layer.status = document.status

    for (const span of document.spans) {
      const label = labelFor(span.label)
      if (label === undefined) {
        plan.problems.push(
          problem(
            sourced.file,
            span.where,
            `the label "${span.label}" is not in this project's label set; add it in Settings to import such spans`,
          ),
        )
        plan.skipped += 1
        continue
      }
      const stated = span.text ?? target.text.slice(span.start, span.end)
      const misfit = checkSpan(target.text, { start: span.start, end: span.end, text: stated })
      if (misfit !== null) {
        plan.problems.push(problem(sourced.file, span.where, `the span does not fit: ${misfit}`))
        plan.skipped += 1
        continue
      }
      layer.spans.push({
        start: span.start,
        end: span.end,
        label: label.id,
        text: target.text.slice(span.start, span.end),
        ...(span.note !== undefined && span.note !== '' && { note: span.note }),
        ...(span.attributes !== undefined && { attributes: span.attributes }),
      })
    }
  }
  return plan
}

interface Target {
  readonly entry: DocumentEntry
  readonly text: string
}

async function findDocument(
  sourced: SourcedDocument,
  byId: Map<string, DocumentEntry>,
  texts: Map<string, string>,
  plan: ImportPlan,
  context: PlanContext,
): Promise<Target | string> {
  const { document } = sourced
  if (document.text === '') {
    const id = idFromSource(document.sourceId)
    const entry = id === undefined ? undefined : byId.get(id)
    if (entry === undefined) {
      return `the document ${document.sourceId === undefined ? '(no source given)' : `"${document.sourceId}"`} is not in this project and the file carries no text; import the article first`
    }
    const text = texts.get(entry.id) ?? (await context.readText(entry))
    texts.set(entry.id, text)
    if (!plan.added.has(entry.id)) plan.matched.add(entry.id)
    return { entry, text }
  }
  const text = normalizeText(document.text)
  if (text.trim() === '') return 'the document has no text'
  const sha256 = sha256Hex(text)
  const id = docIdFromSha256(sha256)
  const known = byId.get(id)
  if (known !== undefined) {
    if (known.sha256 !== sha256) {
      return `the document has the same id (${id}) as "${known.title}" but a different text`
    }
    if (!plan.added.has(id)) plan.matched.add(id)
    texts.set(id, text)
    return { entry: known, text }
  }
  const entry: DocumentEntry = {
    id,
    title: titleFromText(document.title?.trim() || text, sourceFileName(sourced.file)),
    sourceName: sourceFileName(sourced.file),
    sha256,
    length: text.length,
    added: context.now,
  }
  byId.set(id, entry)
  texts.set(id, text)
  plan.added.set(id, { entry, text })
  return { entry, text }
}

function idFromSource(sourceId: string | undefined): string | undefined {
  if (sourceId === undefined) return undefined
  const trimmed = sourceId.trim()
  return GLOSS_URN.exec(trimmed)?.[1] ?? (PLAIN_ID.test(trimmed) ? trimmed : undefined)
}

const LINE = /\bline (\d+)\b/u

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
