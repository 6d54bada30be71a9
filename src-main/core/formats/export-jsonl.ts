import type { AttributeValue, DocumentStatus } from '../spans/span'
import type { OffsetUnit } from '../text/offsets'
import type { DatasetDocument, Exporter, ExportOptions } from './dataset'
import { jsonlComments, type JsonlCommentThread } from './export-comments'
import { documentSpans, sortedAttributes, sortedLayers, type ExportSpan } from './export-spans'
import { exportRelationTypes, layerRelations } from './export-relations'
import type { RelationType } from '../relations/relation'
import { exportStem } from './file-stem'
import { jsonlDocLabels } from './jsonl-doc-labels'

/** One span as the native JSONL writes it. */
export interface JsonlSpan {
  readonly start: number
  readonly end: number
  readonly label: string
  readonly text: string
  readonly annotator: string
  readonly note: string | null
  readonly attributes: Readonly<Record<string, AttributeValue>>
}

/** A relation as the native JSONL writes it: `from`/`to` are indices into the line's `spans`. */
export interface JsonlRelation {
  readonly annotator: string
  readonly type: string
  readonly from: number
  readonly to: number
}

/** One line of the native JSONL: a document with every chosen annotator's spans. */
export interface JsonlDocument {
  readonly id: string
  readonly title: string
  readonly text: string
  /** Each exported annotator's status on this document, keyed by annotator name. */
  readonly status: Readonly<Record<string, DocumentStatus>>
  readonly offsetUnit: OffsetUnit
  readonly spans: readonly JsonlSpan[]
  /** The document's comment threads (by anyone, on any layer's spans or on ranges). */
  readonly comments: readonly JsonlCommentThread[]
  /** Projects with document label categories: each layer's labels, keyed by annotator. */
  readonly docLabels?: Readonly<Record<string, Readonly<Record<string, string>>>>
  /** Present when some layer has relations: each names its ends by index into `spans`. */
  readonly relations?: readonly JsonlRelation[]
}

/**
 * Gloss's native JSONL, one file `<project>.jsonl`: one line per document, in the order
 * given (index order), each
 * `{"id","title","text","status","offsetUnit","spans":[{"start","end","label","text","annotator","note","attributes"}],"comments":[...]}`
 * and ending in a newline.
 *
 * - Offsets count `options.offsets` (default Unicode code points, so Python's
 *   `text[start:end] == span["text"]` holds, emoji included); `offsetUnit` says which.
 * - Every annotator's spans sit in one `spans` list, each naming its `annotator`; `status`
 *   is an object keyed by annotator (`{"lan": "done", "minh": "in-progress"}`), the same
 *   shape for one annotator or many (`{}` when no annotator has the document).
 * - `label` is the label's display name, or its id when the label set no longer has it.
 * - `note` is always present (`null` when the span has none) and `attributes` too (`{}`), so
 *   every line has the same shape for pandas and friends; attribute keys are sorted.
 * - Spans are sorted by start, then end descending, annotator, label and id, so the same
 *   project always exports byte-identical output.
 * - `comments` lists the document's threads in text order (`[]` when none):
 *   `{"id","author","createdAt","target":{"kind","annotator","spanId","label","start","end","text"},
 *   "resolved","resolvedBy","resolvedAt","comments":[{"author","text","createdAt"}]}`, target
 *   offsets in the same unit as the spans' (`annotator`, `spanId`, `label` are `null` for a
 *   range target; `resolvedBy` and `resolvedAt` are `null` while the thread is open).
 * - `docLabels`, in projects with document label categories only (so other projects export
 *   as before): `{"lan": {"Topic": "Economy"}, "minh": {}}`, every exported layer keyed by
 *   annotator like `status`, categories by display name.
 *
 * - `relations` (only on a line whose document has some) lists each annotator's relations as
 *   `{"annotator","type","from","to"}`, `from`/`to` indices into this line's `spans`.
 *
 * A span whose offsets do not fit the text throws a `conflict` GlossFailure naming the span.
 */
export const exportJsonl: Exporter = (docs, options) => ({
  files: [
    {
      path: `${exportStem(options.projectName)}.jsonl`,
      content: docs.map((doc) => `${JSON.stringify(jsonlDocument(doc, options))}\n`).join(''),
    },
  ],
  warnings: [],
})

/** The line object for one document (exported for the round-trip tests and the parser). */
export function jsonlDocument(doc: DatasetDocument, options: ExportOptions): JsonlDocument {
  const status: Record<string, DocumentStatus> = {}
  for (const layer of sortedLayers(doc)) status[layer.annotator] = layer.status
  const spans = documentSpans(doc, options.labels, options.offsets)
  const relations = jsonlRelations(doc, spans, exportRelationTypes(options))
  return {
    id: doc.entry.id,
    title: doc.entry.title,
    text: doc.text,
    status,
    offsetUnit: options.offsets,
    spans: spans.map((item) => ({
      start: item.start,
      end: item.end,
      label: item.label,
      text: item.span.text,
      annotator: item.annotator,
      note: item.span.note ?? null,
      attributes: sortedAttributes(item.span),
    })),
    comments: jsonlComments(doc, options.labels, options.offsets),
    ...jsonlDocLabels(doc, options),
    ...(relations.length > 0 && { relations }),
  }
}

/** Every layer's relations on the document, their ends as indices into `spans`. */
function jsonlRelations(
  doc: DatasetDocument,
  spans: readonly ExportSpan[],
  types: readonly RelationType[],
): JsonlRelation[] {
  const index = new Map(spans.map((item, i) => [`${item.annotator}\u0000${item.span.id}`, i]))
  return sortedLayers(doc).flatMap((layer) => {
    const at = (id: string) => index.get(`${layer.annotator}\u0000${id}`)
    const written = new Set(layer.spans.map((span) => span.id))
    return layerRelations(layer, types, written).map(({ relation, type }) => ({
      annotator: layer.annotator,
      type,
      from: at(relation.from) as number,
      to: at(relation.to) as number,
    }))
  })
}
