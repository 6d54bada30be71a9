import type { AgreementReport } from '@core/agreement/agreement-report'
import { useMemo, useState } from 'react'

import { confusionChartOption, type ConfusionMatrix } from './confusion-chart-option'
import { EChart } from './echart'
import { PairSelect } from './pair-select'

const POOLED = -1

function matrixOf(report: AgreementReport, choice: number): ConfusionMatrix {
  const pair = report.confusion.pairwise[choice]
  if (pair === undefined) {
    return {
      labels: report.labels,
      counts: report.confusion.counts,
      rows: 'One annotator',
      columns: 'The other',
    }
  }
  return {
    labels: report.labels,
    counts: pair.counts,
    rows: `${pair.a}’s label`,
    columns: `${pair.b}’s label`,
  }
}

/** The label confusion heat map, for one pair or pooled over all of them. */
export function ConfusionSection({ report }: { readonly report: AgreementReport }) {
  const pairs = report.confusion.pairwise
  const [chosen, setChosen] = useState(POOLED)
  // One pair: its directed matrix says who gave which label; with more, pooled by default.
  const choice = pairs.length === 1 ? 0 : chosen < pairs.length ? chosen : POOLED
  const matrix = useMemo(() => matrixOf(report, choice), [report, choice])
  const option = useMemo(() => confusionChartOption(matrix), [matrix])
  const empty = matrix.counts.every((row) => row.every((cell) => cell === 0))
  return (
    <section className="agreement-panel" aria-labelledby="confusion-heading">
      <div className="panel-heading">
        <h3 id="confusion-heading">Label confusion</h3>
        {pairs.length > 1 && (
          <PairSelect pairs={pairs} value={choice} onChange={setChosen} label="Pair" pooled />
        )}
      </div>
      <p className="panel-note">
        Overlapping spans of two annotators: agreeing labels on the diagonal, label conflicts
        elsewhere (where neither annotator also tagged the overlap with the other’s label).
      </p>
      {empty ? (
        <p className="empty-note">No spans of two annotators overlap here.</p>
      ) : (
        <EChart
          option={option}
          height={90 + 44 * report.labels.length}
          label={`Heat map: overlapping spans by label, rows ${matrix.rows}, columns ${matrix.columns}`}
          testId="confusion-chart"
        />
      )}
    </section>
  )
}
