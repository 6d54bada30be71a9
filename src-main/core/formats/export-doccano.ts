import { createOffsetConverter } from '../text/offsets'
import type { DatasetDocument, Exporter, ExportLayer, ExportOptions } from './dataset'
import { doccanoCats } from './doc-label-formats'
import { layerSpans, sortedLayers } from './export-spans'
import { exportStem } from './file-stem'

/**
 * doccano's sequence-labelling JSONL, one file `<project>.doccano.jsonl`. doccano holds one
 * annotator per example, so there is one line per document per annotator layer (documents
 * in the order given, layers by annotator name):
 * `{"id","text","label":[[start,end,"Label"],...],"title","annotator","status","offsetUnit"}`.
 * doccano reads `text` and `label` and keeps the other keys as metadata.
 *
 * - Offsets count `options.offsets`; the default is UTF-16 code units because that is what
 *   doccano's own UI counts (emoji are 2). `offsetUnit` says which.
 * - `id` is the Gloss document id (the same on every line of one document).
 * - A document no annotator has is written once with `"label": []` and `annotator`/`status`
 *   `null`, so the text still goes out.
 * - doccano has no span notes or attributes: they are not written.
 * - In projects with document label categories, `cats` lists the layer's document labels as
 *   doccano text-classification labels, "Category: value" (`[]` when none is set).
 */
export const exportDoccano: Exporter = (docs, options) => ({
  files: [
    {
      path: `${exportStem(options.projectName)}.doccano.jsonl`,
      content: docs.flatMap((doc) => doccanoLines(doc, options)).join(''),
    },
  ],
  warnings: [],
})

function doccanoLines(doc: DatasetDocument, options: ExportOptions): string[] {
  const converter = createOffsetConverter(doc.text)
  const line = (
    label: readonly (readonly [number, number, string])[],
    annotator: string | null,
    status: string | null,
    layer: ExportLayer | null = null,
  ): string =>
    `${JSON.stringify({
      id: doc.entry.id,
      text: doc.text,
      label,
      title: doc.entry.title,
      annotator,
      status,
      offsetUnit: options.offsets,
      ...doccanoCats(layer, options),
    })}\n`
  const layers = sortedLayers(doc)
  if (layers.length === 0) return [line([], null, null)]
  return layers.map((layer) =>
    line(
      layerSpans(doc, layer, options.labels, options.offsets, converter).map(
        (item) => [item.start, item.end, item.label] as const,
      ),
      layer.annotator,
      layer.status,
      layer,
    ),
  )
}
