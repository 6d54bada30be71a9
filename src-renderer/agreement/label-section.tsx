import type { AgreementReport } from '@core/agreement/agreement-report'
import { type CSSProperties, useMemo, useState } from 'react'

import { useAppState } from '../state/use-store'
import { EChart } from './echart'
import { FigureCell, NumberHeading, SpanF1Cells } from './figure-cells'
import { labelChartOption } from './label-chart-option'
import { PairSelect } from './pair-select'

/** Per label: a bar chart of alpha and span F1, and the same figures (with kappa) as a table. */
export function LabelSection({ report }: { readonly report: AgreementReport }) {
  const option = useMemo(() => labelChartOption(report), [report])
  const labels = useAppState((state) => state.session?.project?.labels)
  const colour = (name: string) => labels?.find((label) => label.name === name)?.color
  // One kappa column, for the pair chosen: a column per pair would not fit beside the chart.
  const [chosen, setChosen] = useState(0)
  const pairIndex = chosen < report.pairwise.length ? chosen : 0
  const pair = report.pairwise[pairIndex]
  return (
    <section className="agreement-panel" aria-labelledby="per-label-heading">
      <div className="panel-heading">
        <h3 id="per-label-heading">Per label</h3>
        {report.pairwise.length > 1 && (
          <PairSelect
            pairs={report.pairwise}
            value={pairIndex}
            onChange={setChosen}
            label="κ for"
          />
        )}
      </div>
      <p className="panel-note">
        Alpha and kappa here ask only whether a token is inside a span of the label or not.
      </p>
      <EChart
        option={option}
        height={220}
        label="Bar chart: Krippendorff's alpha and span F1 (strict, relaxed) for each label; the table below gives the figures"
        testId="label-chart"
      />
      <table className="figures-table" aria-label="Agreement per label">
        <thead>
          <tr>
            <th scope="col">Label</th>
            <NumberHeading>α</NumberHeading>
            <NumberHeading>F1 strict</NumberHeading>
            <NumberHeading>F1 relaxed</NumberHeading>
            {pair !== undefined && (
              <NumberHeading>
                κ {pair.a}–{pair.b}
              </NumberHeading>
            )}
          </tr>
        </thead>
        <tbody>
          {report.labels.map((name) => {
            const figures = report.perLabel[name]
            if (figures === undefined) return null
            return (
              <tr key={name}>
                <th scope="row">
                  <span className="chip" style={{ '--c': colour(name) } as CSSProperties} /> {name}
                </th>
                <FigureCell
                  value={figures.krippendorffAlpha}
                  reason={figures.krippendorffAlphaReason}
                />
                <SpanF1Cells figures={figures} />
                {pair !== undefined && (
                  <FigureCell
                    value={figures.pairwise[pairIndex]?.cohenKappa ?? null}
                    reason={figures.pairwise[pairIndex]?.cohenKappaReason}
                  />
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
