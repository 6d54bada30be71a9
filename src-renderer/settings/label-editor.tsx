import type { Label } from '@core/labels/label'
import { useState } from 'react'

import { useAppState, useCommands } from '../state/use-store'
import { AddLabelForm } from './add-label-form'
import { LabelRow } from './label-row'
import { labelSetProblem } from './label-rules'

const NO_LABELS: readonly Label[] = []

interface PendingRemoval {
  readonly label: Label
  readonly spans: number
  readonly documents: number
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** Add, rename, recolour, re-key and remove labels; every change is saved at once. */
export function LabelEditor() {
  const labels = useAppState((state) => state.session?.project?.labels ?? NO_LABELS)
  const { settings } = useCommands()
  const [problem, setProblem] = useState<string | null>(null)
  const [removal, setRemoval] = useState<PendingRemoval | null>(null)

  const save = async (next: readonly Label[]): Promise<boolean> => {
    const found = labelSetProblem(next)
    setProblem(found)
    if (found) return false
    return settings.saveLabels(next)
  }

  const remove = async (label: Label) => {
    const usage = await settings.countLabelUsage(label.id)
    if (!usage) return
    if (usage.spans === 0) {
      await save(labels.filter((candidate) => candidate.id !== label.id))
      return
    }
    setRemoval({ label, ...usage })
  }

  return (
    <div className="label-editor">
      <table className="label-table">
        <colgroup>
          <col className="col-colour" />
          <col className="col-name" />
          <col className="col-key" />
          <col />
          <col className="col-actions" />
        </colgroup>
        <thead>
          <tr>
            <th>Colour</th>
            <th>Name</th>
            <th>Key</th>
            <th>Description</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label, index) => (
            <LabelRow
              key={label.id}
              label={label}
              onChange={(changed) => save(labels.map((old, at) => (at === index ? changed : old)))}
              onRemove={() => void remove(label)}
            />
          ))}
        </tbody>
      </table>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {removal && (
        <div role="alertdialog" aria-label="Remove label" className="confirm">
          <p>
            {plural(removal.spans, 'span', 'spans')} in{' '}
            {plural(removal.documents, 'document', 'documents')} use “{removal.label.name}”. Remove
            the label and those spans?
          </p>
          <div className="confirm-actions">
            <button type="button" onClick={() => setRemoval(null)}>
              Keep the label
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setRemoval(null)
                void save(labels.filter((candidate) => candidate.id !== removal.label.id))
              }}
            >
              Remove label and spans
            </button>
          </div>
        </div>
      )}
      <AddLabelForm labels={labels} onAdd={(label) => save([...labels, label])} />
    </div>
  )
}
