import { choicesOf, type AttributeDefinition } from '@core/labels/attribute-definition'
import type { Label } from '@core/labels/label'
import { shownAttributes, withAttribute } from '@core/spans/span-attributes'
import type { AttributeValue, Span } from '@core/spans/span'

import { useCommands } from '../state/use-store'
import { TextAttributeField } from './text-attribute-field'
import { ATTRIBUTE_FIELD, choiceForKey } from './attribute-keys'

interface AttributeFieldsProps {
  readonly span: Span
  readonly label: Label | undefined
  /** Sets one value (`undefined` clears it) somewhere else than the annotator's layer (gold). */
  readonly onSet?: (name: string, value: AttributeValue | undefined) => void
}

const marker = { [ATTRIBUTE_FIELD]: '' }

/**
 * The selected span's attributes, one field per definition of its label (A focuses the
 * first, Tab moves on): a list box for a choice (1–9 pick a value, 0 clears), a text field
 * (saved on Enter or leaving it), a check box for yes/no (Space). Each change is one span
 * edit, one undo step. Values the label does not define are listed, not lost.
 */
export function AttributeFields({ span, label, onSet }: AttributeFieldsProps) {
  const { annotate } = useCommands()
  const definitions = label?.attributes ?? []
  const stray = shownAttributes(span, label).filter((item) => item.undefinedHere)
  if (definitions.length === 0 && stray.length === 0) return null
  const save = (name: string, value: AttributeValue | undefined) => {
    if (onSet) return onSet(name, value)
    const next = withAttribute(span, name, value, new Date().toISOString())
    if (next) annotate.applyEdit({ created: [], updated: [{ old: span, new: next }], deleted: [] })
  }
  return (
    <fieldset className="field attribute-fields">
      <legend>
        Attributes <kbd>A</kbd>
      </legend>
      {definitions.map((definition) => (
        <AttributeField
          key={definition.name}
          definition={definition}
          value={span.attributes?.[definition.name]}
          onSave={(value) => save(definition.name, value)}
        />
      ))}
      {stray.map((item) => (
        <div key={item.name} className="attribute-row attribute-stray">
          <span className="attribute-name">{item.name}</span>
          <span>
            {item.value} <em>(not defined for {label?.name ?? span.label})</em>
          </span>
        </div>
      ))}
    </fieldset>
  )
}

interface AttributeFieldProps {
  readonly definition: AttributeDefinition
  readonly value: AttributeValue | undefined
  readonly onSave: (value: AttributeValue | undefined) => void
}

function AttributeField({ definition, value, onSave }: AttributeFieldProps) {
  const { name } = definition
  if (definition.kind === 'yes-no') {
    return (
      <label className="attribute-row">
        <span className="attribute-name">{name}</span>
        <input
          {...marker}
          type="checkbox"
          checked={value === true}
          onChange={(event) => onSave(event.target.checked)}
        />
      </label>
    )
  }
  if (definition.kind === 'text') {
    return (
      <TextAttributeField
        name={name}
        value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
        fieldProps={marker}
        onSave={(text) => onSave(text.trim())}
      />
    )
  }
  const values = choicesOf(definition)
  const shown = typeof value === 'string' ? value : ''
  return (
    <label className="attribute-row">
      <span className="attribute-name">{name}</span>
      <select
        {...marker}
        value={shown}
        onChange={(event) => onSave(event.target.value)}
        onKeyDown={(event) => {
          const chosen = choiceForKey(values, event.key)
          if (chosen === undefined) return
          event.preventDefault()
          onSave(chosen ?? undefined)
        }}
      >
        <option value="">—</option>
        {values.map((choice, index) => (
          <option key={choice} value={choice}>
            {index < 9 ? `${choice} (${index + 1})` : choice}
          </option>
        ))}
        {shown !== '' && !values.includes(shown) && (
          <option value={shown}>{shown} (not listed)</option>
        )}
      </select>
    </label>
  )
}
