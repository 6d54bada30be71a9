import { createOffsetConverter } from '../text/offsets'
import type { DatasetDocument, Exporter, ExportOptions } from './dataset'
import { findLabel } from '../labels/label-set'
import { count, layerSpans, sortedLayers } from './export-spans'
import { attributeResults } from './labelstudio-attributes'
import { exportStem } from './file-stem'
import { labelStudioChoices } from './doc-label-formats'
import { labelStudioConfig } from './labelstudio-config'
import { exportRelationTypes, layerRelations, relationTypeNames } from './export-relations'

/** The name of the adjudicated layer, marked `ground_truth` in Label Studio. */
const GOLD = '_gold'

/**
 * Label Studio's JSON task list, `<project>.json`, and the labelling config that matches it,
 * `<project>.label-config.xml` (paste it into the project's Labeling Interface first).
 *
 * One task per document, in the order given:
 * `{"id": n, "data": {"text", "title", "gloss_id"}, "annotations": [...]}` with tasks numbered
 * from 1 and one annotation per annotator layer (by annotator name):
 * - `completed_by` is `{"email": <annotator>}`: Label Studio resolves annotators by email on
 *   import (a plain string is refused), so a Gloss annotator named after their Label Studio
 *   e-mail is matched; any other name is refused unless the server runs with
 *   `ALLOW_IMPORT_TASKS_WITH_UNKNOWN_EMAILS=true`, which gives it to the importing user.
 * - `ground_truth` is true for the adjudicated gold layer only.
 * - `result` holds one region per span: `{"id": <span id>, "from_name": "label",
 *   "to_name": "text", "type": "labels", "value": {"start", "end", "text", "labels": [name]}}`,
 *   with the note, when there is one, as the region's `meta.text` (what Label Studio's region
 *   panel shows and keeps; a per-region TextArea would need more config), followed by a
 *   per-region result for each attribute value its label defines (see `attributeResults`;
 *   values the label does not define have no control and are left out, warned).
 * - Each document label a layer has is a `choices` result, `from_name` `doc_<category id>`,
 *   matching a single-choice `Choices` control per category in the config.
 * - then one `relation` result per relation: `{"from_id", "to_id", "type": "relation",
 *   "direction": "right", "labels": [type name]}`, the ids those of its spans' regions.
 * Offsets count `options.offsets`; the default is code points, which Label Studio's Text tag
 * uses since 2021.
 */
export const exportLabelStudio: Exporter = (docs, options) => {
  const stem = exportStem(options.projectName)
  let annotationId = 0
  const tally = { skipped: 0 }
  const tasks = docs.map((doc, index) => ({
    id: index + 1,
    data: { text: doc.text, title: doc.entry.title, gloss_id: doc.entry.id },
    annotations: annotations(doc, options, tally).map((annotation) => ({
      id: ++annotationId,
      ...annotation,
    })),
  }))
  return {
    files: [
      { path: `${stem}.json`, content: `${JSON.stringify(tasks, null, 2)}\n` },
      {
        path: `${stem}.label-config.xml`,
        content: labelStudioConfig(docs, options.labels, {
          ...(options.docLabels && { docLabels: options.docLabels }),
          relationNames: relationTypeNames(docs, options),
        }),
      },
    ],
    warnings:
      tally.skipped === 0
        ? []
        : [
            `${count(tally.skipped, 'attribute value')} left out: the span's label does not define the attribute, and Label Studio needs a control for each (define it in Settings).`,
          ],
  }
}

function annotations(
  doc: DatasetDocument,
  options: ExportOptions,
  tally: { skipped: number },
): object[] {
  const converter = createOffsetConverter(doc.text)
  const types = exportRelationTypes(options)
  return sortedLayers(doc).map((layer) => {
    const spans = layerSpans(doc, layer, options.labels, options.offsets, converter)
    const written = new Set(spans.map((item) => item.span.id))
    return {
      completed_by: { email: layer.annotator },
      ground_truth: layer.annotator === GOLD,
      result: [
        ...spans.flatMap((item) => [
          {
            id: item.span.id,
            from_name: 'label',
            to_name: 'text',
            type: 'labels',
            value: { start: item.start, end: item.end, text: item.span.text, labels: [item.label] },
            ...(item.span.note !== undefined && { meta: { text: [item.span.note] } }),
          },
          ...attributeResults(item, findLabel(options.labels, item.span.label), tally),
        ]),
        // Label Studio's relation results join two regions of the same annotation by id.
        ...layerRelations(layer, types, written).map(({ relation, type }) => ({
          from_id: relation.from,
          to_id: relation.to,
          type: 'relation',
          direction: 'right',
          labels: [type],
        })),
        ...labelStudioChoices(layer, options),
      ],
    }
  })
}
