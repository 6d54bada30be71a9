import type { AgreementReport } from '@core/agreement/agreement-report'
import type { ReactNode } from 'react'

import { Figure } from './figure'

const count = (n: number, noun: string) => `${n.toLocaleString()} ${noun}${n === 1 ? '' : 's'}`

function SummaryCard({
  id,
  title,
  children,
  note,
}: {
  readonly id: string
  readonly title: ReactNode
  readonly children: ReactNode
  readonly note: ReactNode
}) {
  return (
    <div className="summary-figure" data-testid={`summary-${id}`}>
      <dt>{title}</dt>
      <dd>{children}</dd>
      <dd className="summary-note">{note}</dd>
    </div>
  )
}

/** The headline figures: alpha over everyone, mean span F1, and what was compared. */
export function SummaryFigures({ report }: { readonly report: AgreementReport }) {
  const pairs = report.pairwise.length
  const mean = pairs > 1 ? `mean of ${pairs} pairs` : pairs === 1 ? 'one pair' : 'no pairs'
  const lone = report.documentsWithOneAnnotator
  return (
    <dl className="summary-figures" aria-label="Agreement summary">
      <SummaryCard
        id="alpha"
        title="Krippendorff’s α"
        note={`${count(report.annotators.length, 'annotator')}, nominal`}
      >
        <Figure value={report.krippendorffAlpha} reason={report.krippendorffAlphaReason} />
      </SummaryCard>
      <SummaryCard id="f1-strict" title="Span F1, strict" note={mean}>
        <Figure value={report.spanF1Strict} reason={report.spanF1StrictReason} />
      </SummaryCard>
      <SummaryCard id="f1-relaxed" title="Span F1, relaxed" note={mean}>
        <Figure value={report.spanF1Relaxed} reason={report.spanF1RelaxedReason} />
      </SummaryCard>
      <SummaryCard
        id="compared"
        title="Compared"
        note={`${count(report.tokens, 'token')}${lone > 0 ? `; ${count(lone, 'document')} with one annotator left out` : ''}`}
      >
        <span className="summary-count">{count(report.documents, 'document')}</span>
      </SummaryCard>
    </dl>
  )
}
