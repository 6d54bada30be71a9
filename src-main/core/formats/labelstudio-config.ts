import type { DocLabelCategory } from '../doc-labels/doc-label'
import type { Label } from '../labels/label'
import { controlName } from './doc-label-formats'
import type { DatasetDocument } from './dataset'
import { compareText } from './export-spans'
import { attributeControlLines } from './labelstudio-attributes'

const UNKNOWN_COLOR = '#888888'

/**
 * The Label Studio labelling config for an export: a `Labels` control named `label` on a
 * `Text` object named `text` (the names every exported region refers to), one `Label` per
 * label of the project in its order with its colour, then any label the spans use that the
 * project no longer has (by id, grey, sorted), so every region has its label; when there
 * are relation types, a `Relations` block with one `Relation` per type name; a `Choices`
 * control per document label category; then the per-region attribute controls (see
 * `attributeControlLines`).
 */
export function labelStudioConfig(
  docs: readonly DatasetDocument[],
  labels: readonly Label[],
  extras: {
    readonly docLabels?: readonly DocLabelCategory[]
    readonly relationNames?: readonly string[]
  } = {},
): string {
  const { docLabels = [], relationNames = [] } = extras
  const known = new Set(labels.map((label) => label.id))
  const missing = new Set<string>()
  for (const doc of docs) {
    for (const layer of doc.layers) {
      for (const span of layer.spans) if (!known.has(span.label)) missing.add(span.label)
    }
  }
  const entries = [
    ...labels.map((label) => ({ name: label.name, color: label.color })),
    ...[...missing].sort(compareText).map((id) => ({ name: id, color: UNKNOWN_COLOR })),
  ]
  return [
    '<View>',
    '  <Labels name="label" toName="text">',
    ...entries.map(
      (entry) => `    <Label value="${escapeXml(entry.name)}" background="${entry.color}"/>`,
    ),
    '  </Labels>',
    ...(relationNames.length === 0
      ? []
      : [
          '  <Relations>',
          ...relationNames.map((name) => `    <Relation value="${escapeXml(name)}"/>`),
          '  </Relations>',
        ]),
    '  <Text name="text" value="$text"/>',
    ...labelStudioChoicesConfig(docLabels),
    ...attributeControlLines(labels),
    '</View>',
    '',
  ].join('\n')
}

/** Text made safe inside an XML attribute value. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}

/** The config's `Choices` controls: one per category, single choice, its values in order. */
export function labelStudioChoicesConfig(categories: readonly DocLabelCategory[]): string[] {
  return categories.flatMap((category) => [
    `  <Header value="${escapeXml(category.name)}"/>`,
    `  <Choices name="${escapeXml(controlName(category))}" toName="text" choice="single" showInline="true">`,
    ...category.values.map((value) => `    <Choice value="${escapeXml(value)}"/>`),
    '  </Choices>',
  ])
}
