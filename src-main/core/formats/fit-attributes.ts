import { findAttribute } from '../labels/attribute-definition'
import type { Label } from '../labels/label'
import type { AttributeValue } from '../spans/span'
import { bratName } from './brat-ann'

const YES = new Set(['yes', 'true'])
const NO = new Set(['no', 'false'])

/**
 * Imported attribute values read the way the span's label defines them, so an export comes
 * back as it was: a listed value written as brat writes it (`very_hedged`) or in another case
 * is that value (`very hedged`); `yes`/`true` is a yes/no's `true` and `no`/`false` its
 * absence; a number brat read from free text (`2023`) is text again. Anything else, and
 * attributes the label does not define, stay as the file has them (shown as not defined).
 */
export function fitAttributes(
  label: Label,
  attributes: Readonly<Record<string, AttributeValue>>,
): Record<string, AttributeValue> | undefined {
  const fitted: Record<string, AttributeValue> = {}
  for (const [name, value] of Object.entries(attributes)) {
    const definition = findAttribute(label, name)
    const written = String(value)
    if (definition?.kind === 'yes-no') {
      if (NO.has(written.toLowerCase())) continue
      fitted[name] = YES.has(written.toLowerCase()) ? true : value
    } else if (definition?.kind === 'choice') {
      const folded = written.toLowerCase()
      fitted[name] =
        definition.values.find((choice) => choice === written) ??
        definition.values.find(
          (choice) => bratName(choice) === written || choice.toLowerCase() === folded,
        ) ??
        value
    } else if (definition?.kind === 'text') {
      fitted[name] = typeof value === 'number' ? written : value
    } else {
      fitted[name] = value
    }
  }
  return Object.keys(fitted).length === 0 ? undefined : fitted
}
