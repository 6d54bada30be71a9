import type { MergeSummary } from '@core/project/merge-summary'

import { Dialog } from '../components/dialog'
import { useCommands } from '../state/use-store'
import { MergeCounts, MergeDetails } from './merge-details'
import { MergeLayersTable } from './merge-layers-table'

/** What a merge brought in (per layer, documents) and what it refused and why. */
export function MergeSummaryDialog({ summary }: { readonly summary: MergeSummary }) {
  const { ui } = useCommands()
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
      <MergeDetails summary={summary} />
    </Dialog>
  )
}
