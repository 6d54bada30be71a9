import type { AgreementOverview } from '@core/agreement/agreement-overview'
import { useEffect, type ReactNode } from 'react'

import { agreementDocId } from '../state/commands/agreement'
import { useAppState, useCommands } from '../state/use-store'
import { AgreementToolbar } from './agreement-toolbar'
import { touchesLayers } from '../state/disk-news'
import { DocLabelSection } from './doc-label-section'
import { ConfusionSection } from './confusion-section'
import { DistributionSection } from './distribution-section'
import { AnnotatorDistributionSection } from './annotator-distribution-section'
import { DisagreementLinks } from './disagreement-links'
import { DocumentTable } from './document-table'
import { LabelSection } from './label-section'
import { PairwiseTable } from './pairwise-table'
import { ProgressSection } from './progress-section'
import { SummaryFigures } from './summary-figures'

export interface AgreementViewProps {
  /** Opens a document picked in the per-document table (the app: in review). */
  readonly onOpenDocument: (docId: string) => void
  /** Opens review at one disagreement of a document, among the annotators measured. */
  readonly onOpenDisagreement: (
    docId: string,
    groupId: string,
    annotators: readonly string[],
  ) => void
}

/** The agreement figures for the project or the open document (README, "Agreement"). */
export function AgreementView({ onOpenDocument, onOpenDisagreement }: AgreementViewProps) {
  const scope = useAppState((state) => state.agreement.scope)
  const chosen = useAppState((state) => state.agreement.annotators)
  const overview = useAppState((state) => state.agreement.overview)
  const loadedFor = useAppState((state) => state.agreement.loadedFor)
  const measuredDoc = useAppState(agreementDocId)
  const docTitle = useAppState((state) => state.doc?.entry.title ?? null)
  const disagreements = useAppState((state) => state.agreement.disagreements)
  const cancelled = useAppState((state) => state.agreement.cancelled)
  const disk = useAppState((state) => state.disk)
  const { agreement } = useCommands()
  const choiceKey = chosen === null ? '' : chosen.join('\n')

  // Fresh figures whenever the view opens or what it measures changes.
  useEffect(() => {
    void agreement.refresh()
  }, [agreement, scope, measuredDoc, choiceKey])

  // ... and when a colleague's work arrives on disk (a sync, a merge, the CLI).
  const chosenLayers = chosen ?? undefined
  useEffect(() => {
    if (disk.seq > 0 && touchesLayers(disk, chosenLayers)) void agreement.refresh()
    // Only news from the disk triggers this; the choice is read as it is then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [agreement, disk])

  const current = overview !== null && loadedFor?.scope === scope && loadedFor.docId === measuredDoc
  return (
    <main className="agreement-main" aria-label="Agreement">
      <AgreementToolbar />
      {scope === 'document' && measuredDoc === null ? (
        <p className="empty-note agreement-empty">
          Open a document from the list on the left to see its figures.
        </p>
      ) : current ? (
        <AgreementFigures
          overview={overview}
          heading={scope === 'document' ? `Document: ${docTitle ?? ''}` : 'Whole project'}
          onOpenDocument={scope === 'project' ? onOpenDocument : null}
          disagreements={
            scope === 'document' && disagreements?.docId === measuredDoc ? (
              <DisagreementLinks
                text={disagreements.text}
                groups={disagreements.groups}
                onOpen={(groupId) => onOpenDisagreement(disagreements.docId, groupId, chosen ?? [])}
              />
            ) : null
          }
        />
      ) : cancelled ? (
        <p className="empty-note agreement-empty">
          Agreement cancelled. Press Recompute to compute it again.
        </p>
      ) : (
        <p className="empty-note agreement-empty">Computing agreement…</p>
      )}
    </main>
  )
}

function AgreementFigures({
  overview,
  heading,
  onOpenDocument,
  disagreements,
}: {
  readonly overview: AgreementOverview
  readonly heading: string
  readonly onOpenDocument: ((docId: string) => void) | null
  /** The document's disagreements, linked to review (document scope only). */
  readonly disagreements: ReactNode
}) {
  const { report } = overview
  return (
    <div className="agreement-body">
      <h3 className="agreement-scope" data-testid="agreement-scope">
        {heading}
      </h3>
      <SummaryFigures report={report} />
      <div className="agreement-grid">
        {disagreements}
        <section className="agreement-panel" aria-labelledby="pairs-heading">
          <h3 id="pairs-heading">Pairs</h3>
          <p className="panel-note">Over the documents both annotators have.</p>
          <PairwiseTable pairs={report.pairwise} />
        </section>
        <ProgressSection progress={overview.progress} />
        <DistributionSection />
        <AnnotatorDistributionSection overview={overview} />
        <LabelSection report={report} />
        <ConfusionSection report={report} />
        <DocLabelSection report={report} />
        {onOpenDocument !== null && (
          <DocumentTable rows={overview.documents} onOpenDocument={onOpenDocument} />
        )}
      </div>
    </div>
  )
}
