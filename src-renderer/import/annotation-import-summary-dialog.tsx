import type { AnnotationImportSummary } from '@contract/endpoints'

import { Dialog } from '../components/dialog'
import { useAppState, useCommands } from '../state/use-store'
import { ProblemList } from './problem-list'

function Count({ count, text }: { readonly count: number; readonly text: string }) {
  return (
    <li>
      <strong className="count-number">{count.toLocaleString('en')}</strong> {text}
    </li>
  )
}

/** What an annotation import did: documents matched and added, spans in and out, and why. */
export function AnnotationImportSummaryDialog({
  summary,
}: {
  readonly summary: AnnotationImportSummary
}) {
  const { ui } = useCommands()
  const me = useAppState((state) => state.session?.annotator ?? '')
  const docs = (count: number) => (count === 1 ? 'document' : 'documents')
  const spans = (count: number) => (count === 1 ? 'span' : 'spans')
  return (
    <Dialog
      title="Annotation import finished"
      onClose={ui.closeDialog}
      footer={
        <button type="button" className="primary" onClick={ui.closeDialog}>
          OK
        </button>
      }
    >
      <ul className="summary-counts summary-counts-4" aria-label="Import counts">
        <Count
          count={summary.documentsMatched}
          text={`${docs(summary.documentsMatched)} matched`}
        />
        <Count count={summary.documentsAdded} text={`${docs(summary.documentsAdded)} added`} />
        <Count count={summary.spansImported} text={`${spans(summary.spansImported)} imported`} />
        <Count count={summary.spansSkipped} text={`${spans(summary.spansSkipped)} skipped`} />
      </ul>
      <p className="summary-line" data-testid="import-layers">
        {summary.annotators.length === 0
          ? 'No annotator’s layer was written.'
          : `Written to the annotations of ${summary.annotators.join(', ')}.`}
      </p>
      {summary.annotators.length > 0 && !summary.annotators.includes(me) && (
        <p className="field-help">
          Gloss shows your own annotations ({me}). To see these, export everyone’s annotations or
          change the annotator name in Settings.
        </p>
      )}
      <ProblemList
        heading="Re-anchored"
        label="Re-anchored spans"
        problems={summary.reanchored ?? []}
      />
      <ProblemList heading="Not imported" label="Problems" problems={summary.problems} />
    </Dialog>
  )
}
