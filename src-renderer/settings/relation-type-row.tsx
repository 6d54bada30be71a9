import { without } from '@core/labels/attribute-definition'
import type { RelationType } from '@core/relations/relation'
import { useState } from 'react'

interface RelationTypeRowProps {
  readonly type: RelationType
  /** 0-based place in the list: the first nine are picked with 1–9 while drawing. */
  readonly index: number
  readonly count: number
  /** Saves the changed type; resolves false when it was refused (the row then reverts). */
  readonly onChange: (type: RelationType) => Promise<boolean>
  readonly onMove: (delta: -1 | 1) => void
  readonly onRemove: () => void
}

// An emptied description is left out of gloss.json rather than written as "".
const withDescription = (type: RelationType, description: string): RelationType =>
  description === '' ? without(type, 'description') : { ...type, description }

/** One relation type, edited in place: name and description save on Enter or leaving the field. */
export function RelationTypeRow(props: RelationTypeRowProps) {
  const { type, index, count, onChange, onMove, onRemove } = props
  const [name, setName] = useState(type.name)
  const [description, setDescription] = useState(type.description ?? '')
  // A saved change (or one refused and reverted) comes back as a new type: show it.
  const [shown, setShown] = useState(type)
  if (shown !== type) {
    setShown(type)
    setName(type.name)
    setDescription(type.description ?? '')
  }

  const commit = async (next: RelationType) => {
    if (next.name === type.name && next.description === type.description) return
    if (!(await onChange(next))) {
      setName(type.name)
      setDescription(type.description ?? '')
    }
  }
  const onEnter = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur()
  }

  return (
    <tr data-testid="relation-type-row">
      <td className="relation-type-key">{index < 9 ? <kbd>{index + 1}</kbd> : '—'}</td>
      <td>
        <input
          aria-label={`Name of the relation type ${type.name}`}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => void commit({ ...type, name: name.trim() })}
          onKeyDown={onEnter}
        />
      </td>
      <td className="grow">
        <input
          aria-label={`Description of the relation type ${type.name}`}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          onBlur={() => void commit(withDescription(type, description.trim()))}
          onKeyDown={onEnter}
        />
      </td>
      <td className="relation-type-actions">
        <button
          type="button"
          aria-label={`Move ${type.name} up`}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`Move ${type.name} down`}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="danger-link"
          aria-label={`Remove the relation type ${type.name}`}
          onClick={onRemove}
        >
          Remove
        </button>
      </td>
    </tr>
  )
}
