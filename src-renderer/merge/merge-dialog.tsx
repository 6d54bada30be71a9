import { useState } from 'react'

import type { MergeLayer } from '@core/project/merge-summary'

import { Dialog } from '../components/dialog'
import { useAppState, useCommands } from '../state/use-store'
import { MergeCounts, MergeDetails } from './merge-details'
import { MergeLayersTable } from './merge-layers-table'
import { MergePathStep } from './merge-path-step'
import { RenameField } from './rename-field'
import { useMergePlan } from './use-merge-plan'

/**
 * File → Merge colleague's project…: the folder, then the plan (each layer new, adding,
 * already here or clashing, with a name to merge a clashing one under), then the merge.
 */
export function MergeDialog() {
  const { merges, ui } = useCommands()
  const electron = useAppState((state) => state.session?.host === 'electron')
  const [typedPath, setTypedPath] = useState('')
  const [merging, setMerging] = useState(false)
  const merge = useMergePlan()
  const { plan } = merge

  const pick = async () => {
    const picked = await merges.pickMergeFolder()
    if (picked === null) return
    setTypedPath(picked)
    await merge.preview(picked)
  }
  const run = async () => {
    if (merge.path === null) return
    setMerging(true)
    // On success the command replaces this dialog with the summary.
    await merges.merge(merge.path, merge.renames)
    setMerging(false)
  }

  const anything =
    plan !== null &&
    (plan.documentsAdded.length > 0 || plan.layers.some((layer) => layer.filesAdded > 0))
  const clashOf = (layer: MergeLayer) => merge.clashes.find((clash) => clash.name === layer.name)
  const footer = (
    <>
      <button type="button" onClick={ui.closeDialog}>
        Cancel
      </button>
      {plan === null ? (
        <button
          type="submit"
          form="merge-form"
          className="primary"
          disabled={merge.checking || !typedPath.trim()}
        >
          {merge.checking ? 'Reading…' : 'Preview'}
        </button>
      ) : (
        <>
          <button type="button" onClick={merge.reset} disabled={merging}>
            Back
          </button>
          <button
            type="button"
            className="primary"
            disabled={!anything || merge.checking || merging}
            onClick={() => void run()}
          >
            {merging ? 'Merging…' : 'Merge'}
          </button>
        </>
      )}
    </>
  )

  return (
    <Dialog title="Merge colleague’s project" onClose={ui.closeDialog} footer={footer} wide>
      {plan === null ? (
        <MergePathStep
          path={typedPath}
          onPath={setTypedPath}
          onSubmit={() => void merge.preview(typedPath.trim())}
          busy={merge.checking}
          {...(electron && { onPick: () => void pick() })}
        />
      ) : (
        <div className="merge-plan" aria-busy={merge.checking}>
          <p className="merge-from">
            From <strong>{plan.fromName}</strong> <span className="merge-path">{plan.from}</span>
          </p>
          <MergeCounts summary={plan} />
          <h3>Layers</h3>
          <MergeLayersTable
            layers={plan.layers}
            renderAs={(layer) => {
              const clash = clashOf(layer)
              if (clash === undefined) return layer.as
              return (
                <RenameField
                  clash={clash}
                  name={merge.names[layer.name] ?? ''}
                  problem={merge.problems[layer.name]}
                  onChange={(name) => merge.rename(layer.name, name)}
                />
              )
            }}
          />
          {!anything && !merge.checking && (
            <p className="summary-line">Nothing to merge: everything of theirs is here already.</p>
          )}
          <MergeDetails summary={plan} />
        </div>
      )}
    </Dialog>
  )
}
