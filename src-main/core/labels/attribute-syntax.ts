import {
  ATTRIBUTE_NAME,
  CHOICE_VALUE,
  MAX_ATTRIBUTE_NAME,
  MAX_ATTRIBUTES,
  MAX_CHOICE_VALUE,
  MAX_CHOICES,
  type AttributeDefinition,
} from './attribute-definition'

const YES_NO = /^(?:yes\s*\/\s*no|yes-no|y\/n|bool(?:ean)?)$/iu
const TEXT = /^(?:text|free text)?$/iu

/**
 * Reads the attribute definitions the analyst types in settings, one per `;` or line:
 * `actor` or `actor: text` is free text, `quoted: yes/no` is yes/no, and
 * `strength: firm | hedged` a choice of the listed values. Returns the definitions, or why
 * the text cannot be read (naming the part at fault).
 */
export function parseAttributeDefinitions(
  source: string,
): readonly AttributeDefinition[] | { readonly problem: string } {
  const parts = source
    .split(/[;\n]/u)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  if (parts.length > MAX_ATTRIBUTES) {
    return { problem: `A label can have at most ${MAX_ATTRIBUTES} attributes.` }
  }
  const definitions: AttributeDefinition[] = []
  for (const part of parts) {
    const colon = part.indexOf(':')
    const name = (colon < 0 ? part : part.slice(0, colon)).trim()
    const kind = colon < 0 ? '' : part.slice(colon + 1).trim()
    const problem = nameProblem(name)
    if (problem !== null) return { problem }
    if (definitions.some((definition) => definition.name === name)) {
      return { problem: `The attribute "${name}" is listed twice.` }
    }
    if (TEXT.test(kind)) definitions.push({ name, kind: 'text' })
    else if (YES_NO.test(kind)) definitions.push({ name, kind: 'yes-no' })
    else {
      const values = kind.split('|').map((value) => value.trim())
      const wrong = choicesProblem(name, values)
      if (wrong !== null) return { problem: wrong }
      definitions.push({ name, kind: 'choice', values })
    }
  }
  return definitions
}

/** The settings text for `definitions`, which `parseAttributeDefinitions` reads back. */
export function formatAttributeDefinitions(definitions: readonly AttributeDefinition[]): string {
  return definitions
    .map((definition) => {
      if (definition.kind === 'choice')
        return `${definition.name}: ${definition.values.join(' | ')}`
      return `${definition.name}: ${definition.kind === 'text' ? 'text' : 'yes/no'}`
    })
    .join('; ')
}

function nameProblem(name: string): string | null {
  if (name === '') return 'An attribute needs a name before its ":".'
  if (name.length > MAX_ATTRIBUTE_NAME) {
    return `The attribute name "${name}" is longer than ${MAX_ATTRIBUTE_NAME} characters.`
  }
  if (!ATTRIBUTE_NAME.test(name)) {
    return `The attribute name "${name}" may use only letters, digits, "_" and "-" (no spaces).`
  }
  return null
}

function choicesProblem(name: string, values: readonly string[]): string | null {
  if (values.length < 2) {
    return `The choice "${name}" needs at least two values separated by "|" (or write "${name}: text" or "${name}: yes/no").`
  }
  if (values.length > MAX_CHOICES)
    return `The choice "${name}" has more than ${MAX_CHOICES} values.`
  for (const value of values) {
    if (value === '') return `The choice "${name}" has an empty value between two "|".`
    if (value.length > MAX_CHOICE_VALUE || !CHOICE_VALUE.test(value)) {
      return `The value "${value}" of "${name}" is too long or holds a "," (at most ${MAX_CHOICE_VALUE} characters).`
    }
  }
  if (new Set(values).size < values.length) return `The choice "${name}" lists a value twice.`
  return null
}
