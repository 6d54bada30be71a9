import type { AnnotatorProgress } from '@core/agreement/agreement-overview'
import { useMemo } from 'react'

import { EChart } from './echart'
import { progressChartOption } from './progress-chart-option'

/** Each chosen annotator's documents done, in progress and to do, and their spans. */
export function ProgressSection({ progress }: { readonly progress: readonly AnnotatorProgress[] }) {
  const option = useMemo(() => progressChartOption(progress), [progress])
  const summary = progress
    .map(
      (row) =>
        `${row.annotator}: ${row.done} done, ${row.inProgress} in progress, ${row.todo} to do, ${row.spans} spans`,
    )
    .join('; ')
  return (
    <section className="agreement-panel" aria-labelledby="progress-heading">
      <h3 id="progress-heading">Progress</h3>
      {progress.length === 0 ? (
        <p className="empty-note">No annotator is chosen.</p>
      ) : (
        <>
          <EChart
            option={option}
            height={56 + 34 * progress.length}
            label={`Documents per annotator by status. ${summary}`}
            testId="progress-chart"
          />
          <p className="panel-note">
            Spans:{' '}
            {progress.map((row) => `${row.annotator} ${row.spans.toLocaleString()}`).join(' · ')}
          </p>
        </>
      )}
    </section>
  )
}
