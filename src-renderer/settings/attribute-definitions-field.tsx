import { without, type AttributeDefinition } from '@core/labels/attribute-definition'
import {
  formatAttributeDefinitions,
  parseAttributeDefinitions,
} from '@core/labels/attribute-syntax'
import type { Label } from '@core/labels/label'
import { useState } from 'react'

interface AttributeDefinitionsFieldProps {
  readonly label: Label
  /** Saves the label with its new definitions; resolves false when refused. */
  readonly onChange: (label: Label) => Promise<boolean>
}

const withDefinitions = (label: Label, definitions: readonly AttributeDefinition[]): Label => {
  const rest = without(label, 'attributes')
  return definitions.length === 0 ? rest : { ...rest, attributes: definitions }
}

/**
 * A label's attributes as one line the analyst types, e.g.
 * `actor; strength: firm | hedged; quoted: yes/no`; saved on Enter or leaving the field,
 * refused with the reason when it cannot be read. Values already on spans stay when a
 * definition changes or goes (the inspector shows them as not defined).
 */
export function AttributeDefinitionsField({ label, onChange }: AttributeDefinitionsFieldProps) {
  const written = formatAttributeDefinitions(label.attributes ?? [])
  const [text, setText] = useState(written)
  const [problem, setProblem] = useState<string | null>(null)
  const [shown, setShown] = useState(written)
  if (shown !== written) {
    setShown(written)
    setText(written)
  }
  const commit = async () => {
    const parsed = parseAttributeDefinitions(text)
    if ('problem' in parsed) {
      setProblem(parsed.problem)
      return
    }
    setProblem(null)
    if (formatAttributeDefinitions(parsed) === written) return
    if (!(await onChange(withDefinitions(label, parsed)))) setText(written)
  }
  return (
    <div className="attribute-definitions">
      <span className="attribute-definitions-label" aria-hidden="true">
        Attributes
      </span>
      <input
        aria-label={`Attributes of ${label.name}`}
        placeholder="e.g. actor; strength: firm | hedged; quoted: yes/no"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void commit()
        }}
      />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
