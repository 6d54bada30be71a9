import { labelIdFromName } from '@core/labels/label-set'
import type { RelationType } from '@core/relations/relation'
import { relationTypesProblem } from '@core/relations/relation-type-rules'
import { MAX_RELATION_TYPES, relationTypesOf } from '@core/relations/relation-types'
import { useState } from 'react'

import { useAppState, useCommands } from '../state/use-store'
import { RelationTypeRow } from './relation-type-row'

const NO_TYPES: readonly RelationType[] = []

/** `types` with the one at `index` moved one place up or down. */
const moved = (types: readonly RelationType[], index: number, delta: -1 | 1): RelationType[] => {
  const next = [...types]
  const [type] = next.splice(index, 1)
  if (type) next.splice(index + delta, 0, type)
  return next
}

/**
 * Add, rename, describe, reorder and remove the project's relation types; every change is
 * saved at once. Relations that use a removed type stay in the files (the relation list
 * shows them as not defined, exports name them by their id).
 */
export function RelationTypeEditor() {
  const project = useAppState((state) => state.session?.project)
  const types = project ? relationTypesOf(project) : NO_TYPES
  const { settings } = useCommands()
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const save = async (next: readonly RelationType[]): Promise<boolean> => {
    const found = relationTypesProblem(next)
    setProblem(found)
    if (found) return false
    return settings.saveRelationTypes(next)
  }
  const add = async () => {
    const trimmed = name.trim()
    if (trimmed === '') return setProblem('Give the relation type a name.')
    const id = labelIdFromName(
      trimmed,
      types.map((type) => type.id),
    )
    const text = description.trim()
    const type: RelationType =
      text === '' ? { id, name: trimmed } : { id, name: trimmed, description: text }
    if (await save([...types, type])) {
      setName('')
      setDescription('')
    }
  }

  return (
    <div className="relation-type-editor">
      {types.length > 0 && (
        <table className="label-table" aria-label="Relation types">
          <colgroup>
            <col className="col-key" />
            <col className="col-name" />
            <col />
            <col className="col-order" />
          </colgroup>
          <thead>
            <tr>
              <th>Key</th>
              <th>Name</th>
              <th>Description</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {types.map((type, index) => (
              <RelationTypeRow
                key={type.id}
                type={type}
                index={index}
                count={types.length}
                onChange={(changed) => save(types.map((old, at) => (at === index ? changed : old)))}
                onMove={(delta) => void save(moved(types, index, delta))}
                onRemove={() => void save(types.filter((_, at) => at !== index))}
              />
            ))}
          </tbody>
        </table>
      )}
      <form
        className="add-label"
        aria-label="Add a relation type"
        onSubmit={(event) => {
          event.preventDefault()
          void add()
        }}
      >
        <input
          aria-label="New relation type name"
          placeholder="Type, e.g. contradicts"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <input
          className="grow"
          aria-label="New relation type description"
          placeholder="Description (optional, shown on hover)"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
        <button type="submit" disabled={types.length >= MAX_RELATION_TYPES}>
          Add type
        </button>
      </form>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <p className="hint">
        Select a span, press <kbd>R</kbd>, pick the other span, then press the type’s key (the first
        nine have 1–9; the others are picked by their buttons). Removing a type keeps the relations
        that use it: they are listed as not defined and exported under its id.
      </p>
    </div>
  )
}
