import type { AttributeValue } from '../spans/span'
import { attributeOfControl } from './labelstudio-attributes'
import { asIdText, isNonEmptyString, isObject, type JsonObject } from './parse-guards'
import { isAllowedKey } from './untrusted-json'

/** A `textarea` result that holds an attribute, not a note: its control is `<label>.<name>`. */
export const isAttributeTextarea = (result: { readonly from_name?: unknown }): boolean =>
  typeof result.from_name === 'string' && result.from_name.includes('.')

/**
 * The attribute values Label Studio's per-region results give each region (by region id):
 * a `choices` result with one choice is that value (`"yes"` stays text here: the project's
 * definitions decide later whether it is a yes/no), an attribute `textarea` its texts joined
 * by line breaks; the attribute is named after its control (see `attributeOfControl`).
 * Results with no choice or text, or several choices, give nothing.
 */
export function regionAttributes(
  results: readonly unknown[],
): Map<string, Record<string, AttributeValue>> {
  const byRegion = new Map<string, Record<string, AttributeValue>>()
  for (const result of results) {
    if (!isObject(result) || !isObject(result.value)) continue
    const id = asIdText(result.id)
    if (id === undefined || typeof result.from_name !== 'string') continue
    if (result.type === 'textarea' && !isAttributeTextarea(result)) continue
    const name = attributeOfControl(result.from_name)
    if (!isAllowedKey(name)) continue
    const value = attributeValue(result.type, result.value)
    if (value === undefined) continue
    const attributes = byRegion.get(id) ?? {}
    attributes[name] = value
    byRegion.set(id, attributes)
  }
  return byRegion
}

function attributeValue(type: unknown, value: JsonObject): string | undefined {
  if (type === 'choices') {
    const choices = value.choices
    return Array.isArray(choices) && choices.length === 1 && isNonEmptyString(choices[0])
      ? choices[0]
      : undefined
  }
  if (type === 'textarea') {
    const texts = (Array.isArray(value.text) ? value.text : [value.text]).filter(isNonEmptyString)
    return texts.length === 0 ? undefined : texts.join('\n')
  }
  return undefined
}
