import type { OffsetUnit } from '../text/offsets'
import type { ImportProblem, ParsedDocument, ParsedRelation, ParsedSpan } from './dataset'
import { createDocumentAnchor } from './parse-anchor'
import { problemAt } from './parse-problems'

/**
 * Anchors a document from `parseW3c` that the caller has matched to a project document (by
 * `sourceId`, see `w3cDocumentId`): converts each span's position from `offsets` to UTF-16
 * units of `text` (the project's stored text) and checks that it covers the annotation's
 * `exact` quote. Spans that do not fit become problems naming the file (the document's
 * `where`) and the annotation; the others come back with `text` set to what they cover,
 * and the relations between them renumbered (one to a span not placed is a problem too).
 */
export function anchorW3cDocument(
  document: ParsedDocument,
  text: string,
  offsets: OffsetUnit,
): { readonly document: ParsedDocument; readonly problems: readonly ImportProblem[] } {
  const anchor = createDocumentAnchor(text)
  const spans: ParsedSpan[] = []
  const problems: ImportProblem[] = []
  // Each span's index among those placed, for the relations; `undefined` when not placed.
  const placedAt: (number | undefined)[] = []
  for (const span of document.spans) {
    placedAt.push(undefined)
    const placed = anchor.place(span.start, span.end, offsets, span.text)
    if (typeof placed === 'string') {
      const line = /^line (\d+)$/.exec(span.where)?.[1]
      problems.push(
        problemAt(
          document.where,
          span.where,
          line === undefined ? undefined : Number(line),
          placed,
        ),
      )
      continue
    }
    placedAt[placedAt.length - 1] = spans.length
    spans.push({ ...span, ...placed })
  }
  const relations: ParsedRelation[] = []
  for (const relation of document.relations ?? []) {
    const from = placedAt[relation.from]
    const to = placedAt[relation.to]
    if (from !== undefined && to !== undefined) {
      relations.push({ ...relation, from, to })
      continue
    }
    const lost = document.spans[from === undefined ? relation.from : relation.to]
    problems.push(
      problemAt(
        document.where,
        relation.where,
        undefined,
        `its span (${lost?.where ?? 'unknown'}) could not be placed, so the relation is skipped too`,
      ),
    )
  }
  const linked = document.relations === undefined ? {} : { relations }
  return { document: { ...document, text: anchor.text, spans, ...linked }, problems }
}
