import type { Label } from '@core/labels/label'
import { labelIdFromName } from '@core/labels/label-set'
import { useState } from 'react'

import { nextLabelDefaults } from './label-rules'

const KEYS = ['', '1', '2', '3', '4', '5', '6', '7', '8', '9']

interface AddLabelFormProps {
  readonly labels: readonly Label[]
  readonly onAdd: (label: Label) => Promise<boolean>
}

export function AddLabelForm({ labels, onAdd }: AddLabelFormProps) {
  const defaults = nextLabelDefaults(labels)
  const [name, setName] = useState('')
  const [color, setColor] = useState(defaults.color)
  const [hotkey, setHotkey] = useState(defaults.hotkey)
  const [description, setDescription] = useState('')

  const submit = async () => {
    const trimmed = name.trim()
    if (!trimmed) return
    const label: Label = {
      id: labelIdFromName(trimmed, labels),
      name: trimmed,
      color,
      hotkey,
      description: description.trim(),
    }
    if (!(await onAdd(label))) return
    const next = nextLabelDefaults([...labels, label])
    setName('')
    setDescription('')
    setColor(next.color)
    setHotkey(next.hotkey)
  }

  return (
    <form
      className="add-label"
      aria-label="Add a label"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <input
        type="color"
        aria-label="New label colour"
        value={color}
        onChange={(event) => setColor(event.target.value)}
      />
      <input
        aria-label="New label name"
        placeholder="Name, e.g. Quote"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <select
        aria-label="New label key"
        value={hotkey}
        onChange={(event) => setHotkey(event.target.value)}
      >
        {KEYS.map((key) => (
          <option key={key} value={key}>
            {key || 'none'}
          </option>
        ))}
      </select>
      <input
        className="grow"
        aria-label="New label description"
        placeholder="One line: when to use it"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <button type="submit" disabled={!name.trim()}>
        Add label
      </button>
    </form>
  )
}
