import type { Label } from '@core/labels/label'
import { useEffect, useRef, useState } from 'react'

import { AttributeDefinitionsField } from './attribute-definitions-field'

const KEYS = ['', '1', '2', '3', '4', '5', '6', '7', '8', '9']

interface LabelRowProps {
  readonly label: Label
  /** Saves the changed label; resolves false when it was refused (the row then reverts). */
  readonly onChange: (label: Label) => Promise<boolean>
  readonly onRemove: () => void
}

/** One label, edited in place: name and description save on Enter or leaving the field. */
export function LabelRow({ label, onChange, onRemove }: LabelRowProps) {
  const [name, setName] = useState(label.name)
  const [description, setDescription] = useState(label.description)
  const colorRef = useRef<HTMLInputElement>(null)
  const latest = useRef({ label, onChange })
  useEffect(() => {
    latest.current = { label, onChange }
  })

  // A saved change (or one refused and reverted) comes back as a new label: show it.
  const [shown, setShown] = useState(label)
  if (shown !== label) {
    setShown(label)
    setName(label.name)
    setDescription(label.description)
  }

  // The native `change` fires once the colour is chosen; React's onChange fires on every
  // step of the picker, which would save dozens of times.
  useEffect(() => {
    const input = colorRef.current
    if (!input) return
    const onColor = () => {
      const { label: current, onChange: save } = latest.current
      if (input.value !== current.color) void save({ ...current, color: input.value })
    }
    input.addEventListener('change', onColor)
    return () => input.removeEventListener('change', onColor)
  }, [])

  const commit = async (patch: Partial<Label>) => {
    const next = { ...label, ...patch }
    if (next.name === label.name && next.description === label.description) return
    if (!(await onChange(next))) {
      setName(label.name)
      setDescription(label.description)
    }
  }
  const onEnter = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur()
  }

  return (
    <>
      <tr>
        <td>
          <input
            ref={colorRef}
            type="color"
            aria-label={`Colour of ${label.name}`}
            defaultValue={label.color}
            key={label.color}
          />
        </td>
        <td>
          <input
            aria-label={`Name of ${label.name}`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            onBlur={() => void commit({ name: name.trim() })}
            onKeyDown={onEnter}
          />
        </td>
        <td>
          <select
            aria-label={`Key for ${label.name}`}
            value={label.hotkey}
            onChange={(event) => void onChange({ ...label, hotkey: event.target.value })}
          >
            {KEYS.map((key) => (
              <option key={key} value={key}>
                {key || 'none'}
              </option>
            ))}
          </select>
        </td>
        <td className="grow">
          <input
            aria-label={`Description of ${label.name}`}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            onBlur={() => void commit({ description: description.trim() })}
            onKeyDown={onEnter}
          />
        </td>
        <td>
          <button type="button" className="danger-link" onClick={onRemove}>
            Remove
          </button>
        </td>
      </tr>
      <tr className="label-attributes-row">
        <td />
        <td colSpan={4}>
          <AttributeDefinitionsField label={label} onChange={onChange} />
        </td>
      </tr>
    </>
  )
}
