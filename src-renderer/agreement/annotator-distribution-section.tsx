import type { AgreementOverview } from '@core/agreement/agreement-overview'
import { annotatorDistribution } from '@core/agreement/annotator-distribution'
import { useMemo } from 'react'

import { useAppState } from '../state/use-store'
import { annotatorDistributionChartOption } from './annotator-distribution-chart-option'
import { EChart } from './echart'

const NO_LABELS: readonly never[] = []

/** Spans per label for each chosen annotator on the measured documents, side by side. */
export function AnnotatorDistributionSection({
  overview,
}: {
  readonly overview: AgreementOverview
}) {
  const labels = useAppState((state) => state.session?.project?.labels ?? NO_LABELS)
  const data = useMemo(
    () => annotatorDistribution(labels, overview.labelsByAnnotator),
    [labels, overview.labelsByAnnotator],
  )
  const option = useMemo(() => annotatorDistributionChartOption(data), [data])
  const summary = data.series
    .map(
      (row) =>
        `${row.annotator}: ${data.labels.map((label, i) => `${label.name} ${row.spans[i] ?? 0}`).join(', ')}`,
    )
    .join('; ')
  return (
    <section className="agreement-panel" aria-labelledby="annotator-distribution-heading">
      <h3 id="annotator-distribution-heading">Labels per annotator</h3>
      <p className="panel-note">Spans per label on the documents measured.</p>
      {data.series.length === 0 ? (
        <p className="empty-note">No annotator is chosen.</p>
      ) : (
        <EChart
          option={option}
          height={44 + data.labels.length * (10 + 14 * data.series.length)}
          label={`Spans per label and annotator. ${summary}`}
          testId="annotator-distribution-chart"
        />
      )}
    </section>
  )
}
