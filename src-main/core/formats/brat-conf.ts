import type { Label } from '../labels/label'
import type { OffsetUnit } from '../text/offsets'
import type { DatasetDocument } from './dataset'
import { bratAttributeLines } from './brat-attribute-conf'
import { bratName } from './brat-ann'
import { compareText, labelName } from './export-spans'

const UNIT_NAMES: Readonly<Record<OffsetUnit, string>> = {
  codepoints: 'Unicode code points',
  utf16: 'UTF-16 code units',
  bytes: 'UTF-8 bytes',
}

/** The unit in words, as the conf comment and warnings name it. */
export const unitName = (unit: OffsetUnit): string => UNIT_NAMES[unit]

/**
 * brat's `annotation.conf` for an export: comment lines naming the project and the offset
 * unit, `[entities]` with every project label (in its order) then any label the spans use
 * that the project no longer has (sorted), `[relations]` with each relation type (any entity
 * to any) and allowing any overlap (Gloss spans
 * overlap and nest; brat flags overlaps the conf does not allow), an empty `[events]`, and
 * `[attributes]` with each attribute the spans use (sorted): binary when it only ever holds
 * `true`/`false`, otherwise `Value:` with the values seen, sorted.
 */
export function annotationConf(
  docs: readonly DatasetDocument[],
  labels: readonly Label[],
  projectName: string,
  unit: OffsetUnit,
  relationNames: readonly string[] = [],
): string {
  const entityNames = labels.map((label) => bratName(label.name))
  const extra = new Set<string>()
  for (const doc of docs) {
    for (const layer of doc.layers) {
      for (const span of layer.spans) {
        const name = bratName(labelName(labels, span.label))
        if (!entityNames.includes(name)) extra.add(name)
      }
    }
  }
  const lines = [
    `# brat configuration for the Gloss project ${JSON.stringify(projectName)}`,
    `# offsets: ${unitName(unit)}`,
    '# Label and attribute names have spaces replaced by "_": brat names cannot contain spaces.',
    '[entities]',
    ...entityNames,
    ...[...extra].sort(compareText),
    '[relations]',
    ...relationNames.map((name) => `${bratName(name)}\tArg1:<ENTITY>, Arg2:<ENTITY>`),
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '[events]',
    '[attributes]',
    ...bratAttributeLines(docs, labels),
  ]
  return lines.map((line) => `${line}\n`).join('')
}

/** brat's `visual.conf`: each label drawn in its Gloss colour. */
export function visualConf(labels: readonly Label[]): string {
  const lines = [
    '[labels]',
    '[drawing]',
    ...labels.map((label) => `${bratName(label.name)}\tbgColor:${label.color}`),
  ]
  return lines.map((line) => `${line}\n`).join('')
}
