import { createOffsetConverter } from '../text/offsets'
import { annLines, type AnnTally } from './brat-ann'
import { annotationConf, visualConf } from './brat-conf'
import type { Exporter, ExportFile } from './dataset'
import { count, layerSpans, sortedLayers } from './export-spans'
import { exportRelationTypes, layerRelations, relationTypeNames } from './export-relations'

/**
 * brat standoff, a folder: `annotation.conf` (labels, attributes, overlaps allowed, and a
 * `# offsets:` comment naming the unit), `visual.conf` (label colours), and per document
 * `<doc id>.txt` (the text exactly, UTF-8) with `<doc id>.ann` beside it (see `annLines`).
 *
 * brat keeps one annotation set per text, so when the export holds more than one
 * annotator each annotator's documents go in a subfolder `<annotator>/` (brat finds the
 * conf in the parent folder); a document nobody annotated is then written at the top with
 * an empty `.ann`. With one annotator (or none) everything sits at the top.
 *
 * Offsets count `options.offsets` (default code points, what brat counts since 2020).
 * brat cannot show a line break inside a text-bound annotation: a span that crosses one is
 * written as fragments around it, and a line break at a span's edge is left out (warned).
 */
export const exportBrat: Exporter = (docs, options) => {
  const annotators = new Set(docs.flatMap((doc) => doc.layers.map((layer) => layer.annotator)))
  const nested = annotators.size > 1
  const tally: AnnTally = { trimmed: 0, skipped: 0, flattenedNotes: 0 }
  const types = exportRelationTypes(options)
  const files: ExportFile[] = [
    {
      path: 'annotation.conf',
      content: annotationConf(
        docs,
        options.labels,
        options.projectName,
        options.offsets,
        relationTypeNames(docs, options),
      ),
    },
    { path: 'visual.conf', content: visualConf(options.labels) },
  ]
  for (const doc of docs) {
    const converter = createOffsetConverter(doc.text)
    const layers = sortedLayers(doc)
    if (layers.length === 0) {
      files.push({ path: `${doc.entry.id}.txt`, content: doc.text })
      files.push({ path: `${doc.entry.id}.ann`, content: '' })
    }
    for (const layer of layers) {
      const folder = nested ? `${layer.annotator}/` : ''
      const spans = layerSpans(doc, layer, options.labels, options.offsets, converter)
      files.push({ path: `${folder}${doc.entry.id}.txt`, content: doc.text })
      files.push({
        path: `${folder}${doc.entry.id}.ann`,
        content: annLines(
          doc.text,
          spans,
          options.offsets,
          converter,
          tally,
          layerRelations(layer, types, new Set(layer.spans.map((span) => span.id))),
        ),
      })
    }
  }
  const warnings: string[] = []
  if (tally.trimmed > 0) {
    warnings.push(
      `${count(tally.trimmed, 'span')} began or ended with a line break, which brat cannot show: written without it.`,
    )
  }
  if (tally.skipped > 0) {
    warnings.push(
      `${count(tally.skipped, 'span')} covered only line breaks and could not be written for brat.`,
    )
  }
  if (tally.flattenedNotes > 0) {
    warnings.push(
      `${count(tally.flattenedNotes, 'note')} had line breaks, written as spaces: brat notes are one line.`,
    )
  }
  return { files, warnings }
}
