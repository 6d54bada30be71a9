/**
 * What an attribute of a label holds: one of listed values (`choice`), free text (`text`),
 * or yes/no (`yes-no`, stored as `true`; "no" is the attribute left out, as brat's binary
 * attributes are).
 */
export type AttributeKind = 'choice' | 'text' | 'yes-no'

/**
 * One attribute a label's spans can carry, e.g. Commitment → strength (firm / hedged).
 * Spans store the value under `name`, so renaming an attribute leaves old values behind:
 * they are kept and shown as "not defined", never silently dropped.
 */
export type AttributeDefinition =
  | {
      /** Letters, digits, `_` and `-`: brat and Label Studio names cannot hold more. */
      readonly name: string
      readonly kind: 'choice'
      /** The values, in the order the analyst listed them. */
      readonly values: readonly string[]
    }
  | { readonly name: string; readonly kind: Exclude<AttributeKind, 'choice'> }

/** The listed values of a choice attribute; none for free text and yes/no. */
export const choicesOf = (definition: AttributeDefinition): readonly string[] =>
  definition.kind === 'choice' ? definition.values : []

/** `value` without its key `key` (the attribute maps and labels leave empty parts out). */
export function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value }
  delete copy[key]
  return copy
}

/** The attribute rules, shared by the contract schema and the settings field. */
export const ATTRIBUTE_NAME = /^[\p{L}\p{N}_-]+$/u
/** Choice values may hold spaces but not the characters that separate them in brat and settings. */
export const CHOICE_VALUE = /^[^|;,\n\r\t]+$/u
export const MAX_ATTRIBUTE_NAME = 40
export const MAX_CHOICE_VALUE = 60
export const MAX_ATTRIBUTES = 20
export const MAX_CHOICES = 30

/** The definitions of a label (none for labels of older projects). */
export const attributesOf = (label: {
  readonly attributes?: readonly AttributeDefinition[]
}): readonly AttributeDefinition[] => label.attributes ?? []

/** The definition named `name` on the label, if any. */
export function findAttribute(
  label: { readonly attributes?: readonly AttributeDefinition[] },
  name: string,
): AttributeDefinition | undefined {
  return attributesOf(label).find((definition) => definition.name === name)
}
