import { namedDocLabels } from '../doc-labels/named-doc-labels'
import type { DatasetDocument, ExportOptions } from './dataset'
import { docLabelClass } from './doc-label-formats'
import { sortedLayers } from './export-spans'

/**
 * The document's labels as W3C annotations, after its spans: one per layer and category,
 * `motivation: "classifying"`, a `TextualBody` with `purpose: "classifying"` and the value
 * "Category: value", targeting the whole source (no selector). Id
 * `urn:gloss:doclabel:<annotator>:<doc id>:<category>`.
 */
export function w3cDocLabelAnnotations(doc: DatasetDocument, options: ExportOptions): object[] {
  if ((options.docLabels ?? []).length === 0) return []
  return sortedLayers(doc).flatMap((layer) =>
    Object.entries(namedDocLabels(layer.docLabels, options.docLabels ?? [])).map(
      ([category, value]) => ({
        id: `urn:gloss:doclabel:${encodeURIComponent(layer.annotator)}:${doc.entry.id}:${encodeURIComponent(category)}`,
        type: 'Annotation',
        motivation: 'classifying',
        creator: { type: 'Person', nickname: layer.annotator },
        body: [
          { type: 'TextualBody', purpose: 'classifying', value: docLabelClass(category, value) },
        ],
        target: { source: `urn:gloss:doc:${doc.entry.id}` },
      }),
    ),
  )
}
