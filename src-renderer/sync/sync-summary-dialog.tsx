import { describeSync, type SyncSummary } from '@core/sync/sync-summary'

import { Dialog } from '../components/dialog'
import { useCommands } from '../state/use-store'

/** What a sync brought in and sent out, in the lines the CLI prints too. */
export function SyncSummaryDialog({ summary }: { readonly summary: SyncSummary }) {
  const { ui } = useCommands()
  return (
    <Dialog
      title="Sync finished"
      onClose={ui.closeDialog}
      footer={
        <button type="button" className="primary" onClick={ui.closeDialog}>
          OK
        </button>
      }
    >
      <p className="merge-from">
        With <span className="merge-path">{summary.remote}</span> ({summary.branch})
      </p>
      <ul className="sync-lines" aria-label="What the sync did">
        {describeSync(summary).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Dialog>
  )
}
