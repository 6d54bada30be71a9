import { attributesOf, findAttribute, without } from '../labels/attribute-definition'
import type { Label } from '../labels/label'
import type { AttributeValue, Span } from './span'

/**
 * The span with attribute `name` set to `value`, or with it left out for `undefined`, empty
 * text and `false` (a yes/no attribute's "no" is its absence, as in brat). `null` when that
 * changes nothing, so no empty edit is saved or put on the undo stack.
 */
export function withAttribute(
  span: Span,
  name: string,
  value: AttributeValue | undefined,
  now: string,
): Span | null {
  const cleared = value === undefined || value === false || value === ''
  const current = span.attributes ?? {}
  if (cleared ? !Object.hasOwn(current, name) : current[name] === value) return null
  const next: Record<string, AttributeValue> = { ...current }
  if (cleared) delete next[name]
  else next[name] = value
  const rest = without(span, 'attributes')
  return Object.keys(next).length === 0
    ? { ...rest, updatedAt: now }
    : { ...rest, attributes: next, updatedAt: now }
}

/** One attribute value as the analyst reads it: `strength: hedged`, `quoted: yes`. */
export interface ShownAttribute {
  readonly name: string
  readonly value: string
  /** The span's label does not define it (any more): kept, but shown as such. */
  readonly undefinedHere: boolean
}

/**
 * The span's attribute values in the order its label defines them, then any it holds that
 * the label does not define (sorted), so the span list and inspector never hide a value.
 */
export function shownAttributes(span: Span, label: Label | undefined): ShownAttribute[] {
  const values = span.attributes ?? {}
  const defined = label === undefined ? [] : attributesOf(label).map((item) => item.name)
  const extra = Object.keys(values)
    .filter((name) => !defined.includes(name))
    .sort()
  return [...defined.filter((name) => Object.hasOwn(values, name)), ...extra].map((name) => ({
    name,
    value: showValue(values[name] as AttributeValue),
    undefinedHere: label === undefined || findAttribute(label, name) === undefined,
  }))
}

/** The compact one-line form for the span list: `strength: hedged · actor: UK`. */
export function attributeLine(span: Span, label: Label | undefined): string {
  return shownAttributes(span, label)
    .map((item) => `${item.name}: ${item.value}${item.undefinedHere ? ' (not defined)' : ''}`)
    .join(' · ')
}

const showValue = (value: AttributeValue): string =>
  value === true ? 'yes' : value === false ? 'no' : String(value)
