/** Marks the inspector's attribute fields, so the `A` key can find the first one. */
export const ATTRIBUTE_FIELD = 'data-attribute-field'

/**
 * What a key press does in a choice attribute's field: `1`–`9` pick that listed value, `0`
 * clears it (`null`); any other key is the field's own (`undefined`: arrows and typed
 * letters still move through the values as in any list box).
 */
export function choiceForKey(values: readonly string[], key: string): string | null | undefined {
  if (key === '0') return null
  if (!/^[1-9]$/.test(key)) return undefined
  return values[Number(key) - 1]
}

interface Focusable {
  focus(): void
}

interface FieldRoot {
  querySelector(selector: string): Focusable | null
}

/**
 * The `A` key in the annotate view: focuses the selected span's first attribute field.
 * `false` when there is none (no span selected, or its label defines no attributes).
 */
export function focusFirstAttribute(
  root: FieldRoot | undefined = globalThis.document as FieldRoot | undefined,
): boolean {
  const field = root?.querySelector(`[${ATTRIBUTE_FIELD}]`)
  if (!field) return false
  field.focus()
  return true
}
