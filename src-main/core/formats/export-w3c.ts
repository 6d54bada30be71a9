import { charAt } from '../text/code-points'
import { createOffsetConverter, type OffsetConverter } from '../text/offsets'
import { clusterEnd } from '../text/tokenize'
import type { DatasetDocument, Exporter } from './dataset'
import { documentSpans, sortedLayers, type ExportSpan } from './export-spans'
import { exportRelationTypes, layerRelations, type ExportRelation } from './export-relations'
import { exportStem } from './file-stem'
import { w3cDocLabelAnnotations } from './w3c-doc-labels'

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** Code points of context a TextQuoteSelector carries on each side of the quote. */
export const QUOTE_CONTEXT = 32

/**
 * W3C Web Annotation JSON-LD, one file `<project>.jsonld`: an `AnnotationCollection` whose
 * first (only) `AnnotationPage` holds one `Annotation` per span, documents in the order
 * given, spans in export order. Each annotation has
 * - `id` `urn:gloss:span:<annotator>:<span id>` (the annotator is part of it because an
 *   adjudicated gold span may keep the id of the span it was accepted from, and JSON-LD
 *   merges nodes with the same id);
 * - `creator` `{"type": "Person", "nickname": <annotator>}`, `created`/`modified` from the span;
 * - `body`: a `TextualBody` with `purpose: "tagging"` and the label's display name, then the
 *   note as a `TextualBody` with `purpose: "commenting"` when there is one (attributes have
 *   no place in the model and are not written);
 * - `target`: `source` `urn:gloss:doc:<doc id>` and two selectors for the same text: a
 *   `TextPositionSelector` (start/end) and a `TextQuoteSelector` (exact, and up to 32 code
 *   points of prefix and suffix, cut back so they hold no half of an accented letter, emoji
 *   sequence or flag).
 * After a document's spans, each relation as a linking annotation: `motivation: "linking"`, a
 * tagging body with the type's name, and as `target` the ids of its two span annotations
 * (from, then to).
 * Document labels follow (see `w3cDocLabelAnnotations`).
 * The model requires positions in Unicode code points (the default); another
 * `options.offsets` is honoured and reported in a warning, since such a file no longer
 * follows the model.
 */
export const exportW3c: Exporter = (docs, options) => {
  const types = exportRelationTypes(options)
  const perDoc = docs.map((doc) => ({
    doc,
    converter: createOffsetConverter(doc.text),
    spans: documentSpans(doc, options.labels, options.offsets),
    relations: sortedLayers(doc).flatMap((layer) =>
      layerRelations(layer, types, new Set(layer.spans.map((span) => span.id))),
    ),
    classifying: w3cDocLabelAnnotations(doc, options),
  }))
  const total = perDoc.reduce(
    (sum, doc) => sum + doc.spans.length + doc.relations.length + doc.classifying.length,
    0,
  )
  const items = function* (): Generator<object> {
    for (const { doc, converter, spans, relations, classifying } of perDoc) {
      for (const item of spans) yield annotation(doc, item, converter)
      for (const item of relations) yield linking(item)
      yield* classifying
    }
  }
  const stem = exportStem(options.projectName)
  const collectionId = `urn:gloss:export:${encodeURIComponent(stem)}`
  const collection = (pageItems: readonly unknown[]) => ({
    '@context': CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: options.projectName,
    total,
    first: {
      id: `${collectionId}:page:0`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: pageItems,
    },
  })
  return {
    files: [{ path: `${stem}.jsonld`, content: `${printCollection(collection, items())}\n` }],
    warnings:
      options.offsets === 'codepoints'
        ? []
        : [
            `W3C Web Annotation positions should count Unicode code points; these count ${options.offsets === 'utf16' ? 'UTF-16 code units' : 'UTF-8 bytes'} as asked.`,
          ],
  }
}

const ITEMS_PER_CHUNK = 1024
// Stands in for the items while the rest of the collection is printed: a string no project
// value can print as, on a line of its own at the items' depth (three levels in).
const PLACEHOLDER = '\u0000items'
const PRINTED_PLACEHOLDER = `\n      ${JSON.stringify(PLACEHOLDER)}\n`
// What JSON.stringify(…, null, 2) prints around the items of `{ a: { b: items } }`: the
// items themselves then come out at the same depth as in the collection.
const CHUNK_OPENING = '{\n  "a": {\n    "b": [\n'
const CHUNK_CLOSING = '\n    ]\n  }\n}'

/**
 * `JSON.stringify(collection(all items), null, 2)`, byte for byte, with the items made and
 * printed a chunk at a time: 100,000 nested annotations alive at once cost more in garbage
 * collection than printing them does.
 */
function printCollection(
  collection: (items: readonly unknown[]) => object,
  items: Iterator<object>,
): string {
  const chunks: string[] = []
  for (;;) {
    const chunk: object[] = []
    for (let next = items.next(); !next.done; next = items.next()) {
      chunk.push(next.value)
      if (chunk.length === ITEMS_PER_CHUNK) break
    }
    if (chunk.length === 0) break
    const printed = JSON.stringify({ a: { b: chunk } }, null, 2)
    chunks.push(printed.slice(CHUNK_OPENING.length, -CHUNK_CLOSING.length))
  }
  if (chunks.length === 0) return JSON.stringify(collection([]), null, 2)
  const skeleton = JSON.stringify(collection([PLACEHOLDER]), null, 2)
  const at = skeleton.indexOf(PRINTED_PLACEHOLDER)
  const rest = skeleton.slice(at + PRINTED_PLACEHOLDER.length)
  return `${skeleton.slice(0, at)}\n${chunks.join(',\n')}\n${rest}`
}

const spanAnnotationId = (annotator: string, spanId: string): string =>
  `urn:gloss:span:${encodeURIComponent(annotator)}:${encodeURIComponent(spanId)}`

/** A relation as a linking annotation whose targets are its two span annotations, in order. */
function linking({ relation, annotator, type }: ExportRelation): object {
  return {
    id: `urn:gloss:relation:${encodeURIComponent(annotator)}:${encodeURIComponent(relation.id)}`,
    type: 'Annotation',
    motivation: 'linking',
    creator: { type: 'Person', nickname: annotator },
    created: relation.createdAt,
    body: { type: 'TextualBody', purpose: 'tagging', value: type },
    target: [spanAnnotationId(annotator, relation.from), spanAnnotationId(annotator, relation.to)],
  }
}

function annotation(doc: DatasetDocument, item: ExportSpan, converter: OffsetConverter): object {
  const { span } = item
  const body: object[] = [{ type: 'TextualBody', purpose: 'tagging', value: item.label }]
  if (span.note !== undefined) {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: span.note })
  }
  const cpStart = converter.fromUtf16(span.start, 'codepoints')
  const cpEnd = converter.fromUtf16(span.end, 'codepoints')
  const prefixStart = wholeFrom(
    doc.text,
    converter.toUtf16(Math.max(0, cpStart - QUOTE_CONTEXT), 'codepoints'),
  )
  const suffixEnd = wholeUntil(
    doc.text,
    span.end,
    converter.toUtf16(
      Math.min(converter.length('codepoints'), cpEnd + QUOTE_CONTEXT),
      'codepoints',
    ),
  )
  return {
    id: spanAnnotationId(item.annotator, span.id),
    type: 'Annotation',
    creator: { type: 'Person', nickname: item.annotator },
    created: span.createdAt,
    modified: span.updatedAt,
    body,
    target: {
      source: `urn:gloss:doc:${doc.entry.id}`,
      selector: [
        { type: 'TextPositionSelector', start: item.start, end: item.end },
        {
          type: 'TextQuoteSelector',
          exact: span.text,
          prefix: doc.text.slice(prefixStart, span.start),
          suffix: doc.text.slice(span.end, suffixEnd),
        },
      ],
    },
  }
}

// Characters that continue the one before them: a prefix must not start with one.
const CONTINUES = /[\p{M}\p{Emoji_Modifier}\u200d\u{e0020}-\u{e007f}]/u

/** `from`, moved forward past any character that belongs to the one before it. */
function wholeFrom(text: string, from: number): number {
  let start = from
  while (start < text.length) {
    const ch = charAt(text, start)
    if (CONTINUES.test(ch) || (start > 0 && text[start - 1] === '\u200d')) start += ch.length
    else break
  }
  return start
}

/** The end of the last whole character (with its marks, emoji sequence or flag) by `limit`. */
function wholeUntil(text: string, from: number, limit: number): number {
  let end = from
  for (;;) {
    const next = clusterEnd(text, end)
    if (end >= text.length || next > limit) return end
    end = next
  }
}
