import type { ImportSummary } from '@contract/endpoints'

import { Dialog } from '../components/dialog'
import { useCommands } from '../state/use-store'
import { ReanchorSummary } from './reanchor-summary'

function Count({
  count,
  one,
  many,
  verb,
}: {
  count: number
  one: string
  many: string
  verb: string
}) {
  return (
    <li>
      <strong className="count-number">{count}</strong> {count === 1 ? one : many} {verb}
    </li>
  )
}

/** What an import did with every file: imported, already there, or refused and why. */
export function ImportSummaryDialog({ summary }: { readonly summary: ImportSummary }) {
  const { ui } = useCommands()
  const refused = summary.outcomes.filter((outcome) => outcome.result === 'refused')
  const duplicates = summary.outcomes.filter((outcome) => outcome.result === 'duplicate')
  return (
    <Dialog
      title="Import finished"
      onClose={ui.closeDialog}
      footer={
        <button type="button" className="primary" onClick={ui.closeDialog}>
          OK
        </button>
      }
    >
      <ul className="summary-counts" aria-label="Import counts">
        <Count count={summary.imported} one="document" many="documents" verb="imported" />
        <Count count={summary.duplicates} one="duplicate" many="duplicates" verb="skipped" />
        <Count count={summary.refused} one="file" many="files" verb="refused" />
      </ul>
      <ReanchorSummary outcomes={summary.outcomes} />
      {refused.length > 0 && (
        <section>
          <h3>Refused</h3>
          <ul className="outcome-list" aria-label="Refused files">
            {refused.map((outcome, index) => (
              <li key={`${outcome.source}-${index}`}>
                <span className="outcome-file">{outcome.source}</span>
                <span className="outcome-reason">{outcome.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {duplicates.length > 0 && (
        <section>
          <h3>Already in the project</h3>
          <ul className="outcome-list" aria-label="Duplicate files">
            {duplicates.map((outcome, index) => (
              <li key={`${outcome.source}-${index}`}>
                <span className="outcome-file">{outcome.source}</span>
                {outcome.title && (
                  <span className="outcome-reason">same text as “{outcome.title}”</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  )
}
