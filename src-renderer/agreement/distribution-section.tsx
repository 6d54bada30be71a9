import { countLabels } from '@core/spans/label-counts'
import { labelDistribution, type LabelBar } from '@core/spans/label-distribution'
import { useMemo } from 'react'

import { useAppState } from '../state/use-store'
import { distributionChartOption } from './distribution-chart-option'
import { EChart } from './echart'

const NO_LABELS: readonly never[] = []

const described = (bars: readonly LabelBar[]): string =>
  bars.map((bar) => `${bar.name} ${bar.spans}`).join(', ')

/**
 * How many of the current annotator's spans carry each label: on the open document and over
 * the whole project (the document list's counts, so it costs no read).
 */
export function DistributionSection() {
  const labels = useAppState((state) => state.session?.project?.labels ?? NO_LABELS)
  const annotator = useAppState((state) => state.session?.annotator ?? '')
  const documents = useAppState((state) => state.documents)
  const doc = useAppState((state) => state.doc)
  const project = useMemo(
    () =>
      labelDistribution(
        labels,
        documents.map((item) => item.labelCounts),
      ),
    [labels, documents],
  )
  const open = useMemo(() => {
    return doc ? labelDistribution(labels, [countLabels(doc.spans)]) : null
  }, [labels, doc])
  const height = 36 + 28 * project.length
  return (
    <section className="agreement-panel" aria-labelledby="distribution-heading">
      <h3 id="distribution-heading">Label distribution</h3>
      <p className="panel-note">Spans per label, by {annotator}.</p>
      <div className="distribution-charts">
        {open && doc && (
          <DistributionChart
            caption={`This document: ${doc.entry.title}`}
            bars={open}
            height={height}
            where="this document"
            testId="distribution-document-chart"
          />
        )}
        <DistributionChart
          caption={`Whole project (${documents.length.toLocaleString('en')} documents)`}
          bars={project}
          height={height}
          where="the project"
          testId="distribution-project-chart"
        />
      </div>
    </section>
  )
}

interface DistributionChartProps {
  readonly caption: string
  readonly bars: readonly LabelBar[]
  readonly height: number
  /** Where the spans were counted, for the chart's accessible name. */
  readonly where: string
  readonly testId: string
}

function DistributionChart({ caption, bars, height, where, testId }: DistributionChartProps) {
  const option = useMemo(() => distributionChartOption(bars), [bars])
  return (
    <figure className="distribution-chart">
      <figcaption>{caption}</figcaption>
      <EChart
        option={option}
        height={height}
        label={`Spans per label in ${where}: ${described(bars)}`}
        testId={testId}
      />
    </figure>
  )
}
