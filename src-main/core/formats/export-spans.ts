import { GlossFailure } from '../failure'
import { findLabel } from '../labels/label-set'
import type { Label } from '../labels/label'
import { checkSpan } from '../spans/check-span'
import type { Span } from '../spans/span'
import { createOffsetConverter, type OffsetConverter, type OffsetUnit } from '../text/offsets'
import type { DatasetDocument, ExportLayer } from './dataset'

/** A span ready to write: checked, its label named and its offsets in the export's unit. */
export interface ExportSpan {
  readonly span: Span
  readonly annotator: string
  /** The label's display name, or its id when the label set no longer has it. */
  readonly label: string
  readonly start: number
  readonly end: number
}

/** The label's display name, or its id when the label set no longer has it. */
export function labelName(labels: readonly Label[], id: string): string {
  return findLabel(labels, id)?.name ?? id
}

// Code-unit order, not localeCompare: the same bytes on every machine and locale.
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Export order: start, then end descending (outer first), annotator, label, span id. */
export function compareExportSpans(a: ExportSpan, b: ExportSpan): number {
  return (
    a.span.start - b.span.start ||
    b.span.end - a.span.end ||
    compareText(a.annotator, b.annotator) ||
    compareText(a.label, b.label) ||
    compareText(a.span.id, b.span.id)
  )
}

/** The document's layers sorted by annotator, so the input order never changes the output. */
export function sortedLayers(doc: DatasetDocument): ExportLayer[] {
  return [...doc.layers].sort((a, b) => compareText(a.annotator, b.annotator))
}

/**
 * One layer's spans, each checked against the text (a span that does not fit throws a
 * `conflict` GlossFailure naming it: exporting it would hand out wrong data), with offsets
 * converted to `unit`, in export order.
 */
export function layerSpans(
  doc: DatasetDocument,
  layer: ExportLayer,
  labels: readonly Label[],
  unit: OffsetUnit,
  converter: OffsetConverter = createOffsetConverter(doc.text),
): ExportSpan[] {
  return layer.spans
    .map((span) => {
      const problem = checkSpan(doc.text, span)
      if (problem !== null) {
        throw new GlossFailure({
          code: 'conflict',
          message: `Cannot export span ${span.id} by ${layer.annotator} in "${doc.entry.title}": ${problem}.`,
          file: `annotations/${layer.annotator}/${doc.entry.id}.json`,
          hint: 'Open the document in Gloss and fix or delete that span, then export again.',
        })
      }
      return {
        span,
        annotator: layer.annotator,
        label: labelName(labels, span.label),
        start: converter.fromUtf16(span.start, unit),
        end: converter.fromUtf16(span.end, unit),
      }
    })
    .sort(compareExportSpans)
}

/** Every layer's spans on one document, merged in export order. */
export function documentSpans(
  doc: DatasetDocument,
  labels: readonly Label[],
  unit: OffsetUnit,
): ExportSpan[] {
  const converter = createOffsetConverter(doc.text)
  return doc.layers
    .flatMap((layer) => layerSpans(doc, layer, labels, unit, converter))
    .sort(compareExportSpans)
}

/** Attributes with their keys sorted, so the output does not depend on insertion order. */
export function sortedAttributes(span: Span): Record<string, string | number | boolean> {
  const attributes = span.attributes ?? {}
  return Object.fromEntries(
    Object.keys(attributes)
      .sort(compareText)
      .map((key) => [key, attributes[key] as string | number | boolean]),
  )
}

/** "1 span" / "3 spans": warnings read as sentences. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}
