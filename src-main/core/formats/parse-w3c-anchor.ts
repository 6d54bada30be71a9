import type { OffsetUnit } from '../text/offsets'
import type { ImportProblem, ParsedDocument, ParsedSpan } from './dataset'
import { createDocumentAnchor } from './parse-anchor'
import { problemAt } from './parse-problems'

/**
 * Anchors a document from `parseW3c` that the caller has matched to a project document (by
 * `sourceId`, see `w3cDocumentId`): converts each span's position from `offsets` to UTF-16
 * units of `text` (the project's stored text) and checks that it covers the annotation's
 * `exact` quote. Spans that do not fit become problems naming the file (the document's
 * `where`) and the annotation; the others come back with `text` set to what they cover.
 */
export function anchorW3cDocument(
  document: ParsedDocument,
  text: string,
  offsets: OffsetUnit,
): { readonly document: ParsedDocument; readonly problems: readonly ImportProblem[] } {
  const anchor = createDocumentAnchor(text)
  const spans: ParsedSpan[] = []
  const problems: ImportProblem[] = []
  for (const span of document.spans) {
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
    spans.push({ ...span, ...placed })
  }
  return { document: { ...document, text: anchor.text, spans }, problems }
}
