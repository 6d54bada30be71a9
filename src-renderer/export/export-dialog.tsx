import { useEffect, useMemo, useState } from 'react'

import { Dialog } from '../components/dialog'
import { listFilterName } from '../documents/list-filter-name'
import { shownDocuments } from '../state/shown-documents'
import type { ExportOutcome, ExportProgress } from '../state/commands/export'
import { useAppState, useCommands } from '../state/use-store'
import { chosenDocIds, defaultExportChoices, exportRequest } from './export-choices'
import { ExportForm, type DocumentsContext } from './export-form'
import { ExportSummary } from './export-summary'
import { downloadBytes, downloadFor } from './download'

type Phase =
  | { readonly kind: 'form'; readonly notice?: string }
  | { readonly kind: 'running'; readonly progress: ExportProgress | null }
  | { readonly kind: 'done'; readonly outcome: ExportOutcome; readonly delivery: string }

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** Exports the dataset in one of the field's formats, with progress and a summary at the end. */
export function ExportDialog() {
  const { exports, ui } = useCommands()
  const me = useAppState((state) => state.session?.annotator ?? '')
  const all = useAppState((state) => state.documents)
  const shown = useAppState(shownDocuments)
  const filterName = useAppState(listFilterName)
  const openDocId = useAppState((state) => state.doc?.entry.id ?? null)
  const openTitle = useAppState((state) => state.doc?.entry.title ?? null)
  const [choices, setChoices] = useState(defaultExportChoices)
  const [annotators, setAnnotators] = useState<readonly string[]>([])
  const [phase, setPhase] = useState<Phase>({ kind: 'form' })

  useEffect(() => {
    void exports.listAnnotators().then(setAnnotators)
  }, [exports])

  const listedDocIds = useMemo(() => shown.map((item) => item.id), [shown])
  const scope = { openDocId, listedDocIds }
  const documents: DocumentsContext = {
    total: all.length,
    openTitle,
    filterName,
    listed: listedDocIds.length,
  }
  const nothingChosen = chosenDocIds(choices.documents, scope)?.length === 0

  const run = async () => {
    setPhase({ kind: 'running', progress: null })
    const outcome = await exports.exportDataset(exportRequest(choices, scope), (progress) =>
      setPhase({ kind: 'running', progress }),
    )
    if (!outcome) {
      setPhase({ kind: 'form' })
      return
    }
    if (outcome === 'cancelled') {
      setPhase({ kind: 'form', notice: 'Export cancelled: nothing was written.' })
      return
    }
    if (outcome.cancelled) {
      // The save dialog was closed: back to the options, nothing written.
      setPhase({ kind: 'form', notice: 'Export cancelled: nothing was saved.' })
      return
    }
    const { dataset } = outcome
    let target = outcome.savedPath
    if (target === null) {
      const download = downloadFor(dataset)
      downloadBytes(download)
      target = download.name
    }
    const delivery = `Exported ${plural(dataset.documents, 'document', 'documents')} and ${plural(dataset.spans, 'span', 'spans')} to ${target}.`
    setPhase({ kind: 'done', outcome, delivery })
  }

  // Cancel (and Esc) while the export is built stops it; otherwise they close the dialog.
  const cancelRun = () => void exports.cancel()
  const close = phase.kind === 'running' ? cancelRun : ui.closeDialog

  const footer =
    phase.kind === 'done' ? (
      <>
        <button type="button" onClick={() => setPhase({ kind: 'form' })}>
          Back to options
        </button>
        <button type="button" className="primary" onClick={ui.closeDialog}>
          Close
        </button>
      </>
    ) : (
      <>
        <button type="button" onClick={phase.kind === 'running' ? cancelRun : ui.closeDialog}>
          {phase.kind === 'running' ? 'Cancel export' : 'Cancel'}
        </button>
        <button
          type="button"
          className="primary"
          disabled={phase.kind === 'running' || nothingChosen}
          onClick={() => void run()}
        >
          {phase.kind === 'running' ? 'Exporting…' : 'Export'}
        </button>
      </>
    )

  return (
    <Dialog title="Export" onClose={close} footer={footer}>
      {phase.kind === 'form' && phase.notice && (
        <p role="status" className="export-notice">
          {phase.notice}
        </p>
      )}
      {phase.kind === 'done' ? (
        <ExportSummary dataset={phase.outcome.dataset} delivery={phase.delivery} />
      ) : (
        <ExportForm
          choices={choices}
          onChange={setChoices}
          me={me}
          annotators={annotators}
          documents={documents}
          disabled={phase.kind === 'running'}
        />
      )}
      {phase.kind === 'running' && <RunningExport progress={phase.progress} />}
    </Dialog>
  )
}

function RunningExport({ progress }: { readonly progress: ExportProgress | null }) {
  return (
    <div className="export-progress">
      <span>
        {progress
          ? `Exporting ${progress.done.toLocaleString('en')} / ${progress.total.toLocaleString('en')} documents…`
          : 'Exporting…'}
      </span>
      <progress
        aria-label="Export progress"
        max={Math.max(progress?.total ?? 1, 1)}
        value={progress?.done ?? undefined}
      />
    </div>
  )
}
