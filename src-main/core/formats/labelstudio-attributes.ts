import { attributesOf, findAttribute } from '../labels/attribute-definition'
import type { Label } from '../labels/label'
import type { ExportSpan } from './export-spans'
import { compareText } from './export-spans'
import { escapeXml } from './labelstudio-config'

/**
 * The Label Studio control that holds attribute `name` of label `labelId`: `<label id>.<name>`
 * (attribute names hold no dot, so an import reads the name after the last one).
 */
export const attributeControl = (labelId: string, name: string): string => `${labelId}.${name}`

/** The attribute name a per-region control holds: the part after its last dot, if any. */
export const attributeOfControl = (control: string): string =>
  control.slice(control.lastIndexOf('.') + 1)

/**
 * The per-region results for a span's attribute values that its label defines: a choice as
 * `choices` (`["hedged"]`), yes/no as `choices` `["yes"]` when true (nothing when false),
 * free text as `textarea` (`{"text": ["Home Office"]}`), each with the region's id, start
 * and end as Label Studio links them. `skipped` counts values the label does not define.
 */
export function attributeResults(
  item: ExportSpan,
  label: Label | undefined,
  tally: { skipped: number },
): object[] {
  const results: object[] = []
  const attributes = item.span.attributes ?? {}
  for (const name of Object.keys(attributes).sort(compareText)) {
    const value = attributes[name]
    const definition = label === undefined ? undefined : findAttribute(label, name)
    if (definition === undefined || label === undefined) {
      tally.skipped++
      continue
    }
    if (value === false) continue
    const base = {
      id: item.span.id,
      from_name: attributeControl(label.id, name),
      to_name: 'text',
    }
    const at = { start: item.start, end: item.end }
    if (definition.kind === 'text') {
      results.push({ ...base, type: 'textarea', value: { ...at, text: [String(value)] } })
    } else {
      const choice = value === true ? 'yes' : String(value)
      results.push({ ...base, type: 'choices', value: { ...at, choices: [choice] } })
    }
  }
  return results
}

/**
 * The labelling config's per-region controls: for each label with attributes a view shown
 * when one of its regions is selected, with a header and a control per attribute (`Choices`
 * for a choice or yes/no, `TextArea` for free text), named by `attributeControl`.
 */
export function attributeControlLines(labels: readonly Label[]): string[] {
  return labels.flatMap((label) => {
    const definitions = attributesOf(label)
    if (definitions.length === 0) return []
    const when = `visibleWhen="region-selected" whenTagName="label" whenLabelValue="${escapeXml(label.name)}"`
    return [
      `  <View ${when}>`,
      ...definitions.flatMap((definition) => {
        const name = escapeXml(attributeControl(label.id, definition.name))
        const header = `    <Header value="${escapeXml(definition.name)}"/>`
        const region = `name="${name}" toName="text" perRegion="true"`
        if (definition.kind === 'text')
          return [header, `    <TextArea ${region} maxSubmissions="1"/>`]
        const values = definition.kind === 'choice' ? definition.values : ['yes']
        const choice = definition.kind === 'choice' ? 'single' : 'multiple'
        return [
          header,
          `    <Choices ${region} choice="${choice}">`,
          ...values.map((value) => `      <Choice value="${escapeXml(value)}"/>`),
          '    </Choices>',
        ]
      }),
      '  </View>',
    ]
  })
}
