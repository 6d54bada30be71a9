import { GlossFailure } from '../failure'
import { findLabel } from '../labels/label-set'
import type { Label } from '../labels/label'
import type { DocumentEntry } from '../project/project'
import { checkSpan } from '../spans/check-span'
import type { Span } from '../spans/span'
import { createOffsetConverter } from '../text/offsets'

/** One document to export: its index entry, its text and every annotator's spans on it. */
export interface ExportDocument {
  readonly entry: DocumentEntry
  readonly text: string
  readonly layers: readonly { readonly annotator: string; readonly spans: readonly Span[] }[]
}

/** One span as the native JSONL writes it. */
export interface JsonlSpan {
  readonly start: number
  readonly end: number
  readonly label: string
  readonly text: string
  readonly annotator: string
  readonly note: string | null
}

/**
 * Gloss's native JSONL: one line per document, in the order given (index order), each
 * `{"id","title","text","spans":[{"start","end","label","text","annotator","note"}]}` and
 * ending in a newline.
 *
 * - Offsets count Unicode code points, so Python's `text[start:end] == span["text"]` holds,
 *   emoji and other non-BMP characters included.
 * - `label` is the label's display name, or its id when the label set no longer has it.
 * - `note` is always present: the note, or `null` when the span has none, so every line has
 *   the same shape for pandas and friends.
 * - Spans are sorted by start, then end descending, then annotator, then label, then note,
 *   so the same project always exports byte-identical output.
 *
 * A span whose offsets do not fit the text throws a `conflict` GlossFailure naming the span,
 * because exporting it would hand out wrong data.
 */
export function exportJsonl(docs: readonly ExportDocument[], labels: readonly Label[]): string {
  return docs.map((doc) => `${JSON.stringify(documentLine(doc, labels))}\n`).join('')
}

function documentLine(doc: ExportDocument, labels: readonly Label[]): object {
  const converter = createOffsetConverter(doc.text)
  const spans: JsonlSpan[] = []
  for (const layer of doc.layers) {
    for (const span of layer.spans) {
      const problem = checkSpan(doc.text, span)
      if (problem !== null) {
        throw new GlossFailure({
          code: 'conflict',
          message: `Cannot export span ${span.id} by ${layer.annotator} in "${doc.entry.title}": ${problem}.`,
          file: `annotations/${layer.annotator}/${doc.entry.id}.json`,
          hint: 'Open the document in Gloss and fix or delete that span, then export again.',
        })
      }
      spans.push({
        start: converter.fromUtf16(span.start, 'codepoints'),
        end: converter.fromUtf16(span.end, 'codepoints'),
        label: findLabel(labels, span.label)?.name ?? span.label,
        text: span.text,
        annotator: layer.annotator,
        note: span.note ?? null,
      })
    }
  }
  spans.sort(compareExported)
  return { id: doc.entry.id, title: doc.entry.title, text: doc.text, spans }
}

function compareExported(a: JsonlSpan, b: JsonlSpan): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    compareText(a.annotator, b.annotator) ||
    compareText(a.label, b.label) ||
    compareText(a.note ?? '', b.note ?? '')
  )
}

// Code-unit order, not localeCompare: the same bytes on every machine and locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
