import { useState } from 'react'

import { Dialog } from '../components/dialog'
import type { ExportOutcome } from '../state/commands/export'
import { useCommands } from '../state/use-store'
import { downloadText } from './download'

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** Export the dataset as native JSONL: the analyst's own spans or everyone's. */
export function ExportDialog() {
  const { exports, ui } = useCommands()
  const [source, setSource] = useState<'me' | 'all'>('me')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null)

  const run = async () => {
    setBusy(true)
    const result = await exports.exportDataset(source)
    setBusy(false)
    if (!result) return
    if (result.savedPath === null && !result.cancelled) {
      downloadText(result.dataset.suggestedName, result.dataset.content)
    }
    setOutcome(result)
  }

  return (
    <Dialog
      title="Export"
      onClose={ui.closeDialog}
      footer={
        <>
          <button type="button" onClick={ui.closeDialog}>
            Close
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </>
      }
    >
      <fieldset className="field">
        <legend>Whose annotations</legend>
        <label className="check">
          <input
            type="radio"
            name="export-source"
            checked={source === 'me'}
            onChange={() => setSource('me')}
          />
          My annotations
        </label>
        <label className="check">
          <input
            type="radio"
            name="export-source"
            checked={source === 'all'}
            onChange={() => setSource('all')}
          />
          Everyone’s annotations
        </label>
      </fieldset>
      <div className="field">
        <span className="field-label">Format</span>
        <div className="format-note">
          Native JSONL — one document per line with its text and spans. Offsets are Unicode code
          points, so Python’s <code>text[start:end]</code> gives each span’s text.
        </div>
      </div>
      {outcome && (
        <p role="status" className="export-result">
          {outcome.cancelled
            ? 'Export cancelled.'
            : `Exported ${plural(outcome.dataset.documents, 'document', 'documents')} and ${plural(outcome.dataset.spans, 'span', 'spans')} to ${outcome.savedPath ?? outcome.dataset.suggestedName}.`}
        </p>
      )}
    </Dialog>
  )
}
