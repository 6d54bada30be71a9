import type { MergeSummary } from '@core/project/merge-summary'

import { Dialog } from '../components/dialog'
import { useAppState, useCommands } from '../state/use-store'
import { MergeCounts, MergeDetails } from './merge-details'
import { MergeLayersTable } from './merge-layers-table'

/** What a merge brought in (per layer, documents) and what it refused and why. */
export function MergeSummaryDialog({ summary }: { readonly summary: MergeSummary }) {
  const { ui } = useCommands()
  const me = useAppState((state) => state.session?.annotator ?? '')
  const others = summary.layers.filter((layer) => layer.filesAdded > 0 && layer.as !== me)
  return (
    <Dialog
      title="Merge finished"
      onClose={ui.closeDialog}
      wide
      footer={
        <button type="button" className="primary" onClick={ui.closeDialog}>
          OK
        </button>
      }
    >
      <p className="merge-from">
        From <strong>{summary.fromName}</strong> <span className="merge-path">{summary.from}</span>
      </p>
      <MergeCounts summary={summary} />
      <h3>Layers</h3>
      <MergeLayersTable layers={summary.layers} />
      {others.length > 0 && (
        <p className="field-help merge-note">
          You annotate in your own layer ({me}); the merged layers are there to review and export
          beside it.
        </p>
      )}
      <MergeDetails summary={summary} />
    </Dialog>
  )
}
