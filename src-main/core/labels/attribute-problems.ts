import type { AttributeValue } from '../spans/span'
import { choicesOf, findAttribute } from './attribute-definition'
import type { Label } from './label'

/**
 * Why `value` cannot be stored under the attribute `name` of spans labelled `label`, in words
 * for the analyst, or `null` when it can: the label must define the attribute, a choice must
 * be one of its listed values, free text must be text and yes/no `true` or `false`.
 */
export function attributeProblem(label: Label, name: string, value: AttributeValue): string | null {
  const definition = findAttribute(label, name)
  if (definition === undefined) {
    return `the label "${label.name}" has no attribute "${name}"`
  }
  switch (definition.kind) {
    case 'choice': {
      const values = choicesOf(definition)
      if (typeof value === 'string' && values.includes(value)) return null
      return `${JSON.stringify(value)} is not one of the values of "${name}" (${values.join(', ')})`
    }
    case 'text':
      return typeof value === 'string' ? null : `"${name}" takes text, not ${JSON.stringify(value)}`
    case 'yes-no':
      return typeof value === 'boolean'
        ? null
        : `"${name}" is yes or no, not ${JSON.stringify(value)}`
  }
}

/**
 * The first problem among the attribute values a span edit sets: every value of a new span,
 * and the values an update adds or changes. Values the edit leaves as they were are not
 * judged again, so a span whose attribute has lost its definition can still be relabelled,
 * noted, moved or relabelled (the old value is kept and shown as "not defined").
 */
export function editedAttributeProblem(
  label: Label,
  next: Readonly<Record<string, AttributeValue>> | undefined,
  old?: Readonly<Record<string, AttributeValue>>,
): string | null {
  for (const [name, value] of Object.entries(next ?? {})) {
    if (old !== undefined && Object.hasOwn(old, name) && old[name] === value) continue
    const problem = attributeProblem(label, name, value)
    if (problem !== null) return problem
  }
  return null
}
