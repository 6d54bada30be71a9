import type { Label } from '../labels/label'
import type { LabelCount } from '../spans/label-counts'
import { labelDistribution, type LabelBar } from '../spans/label-distribution'

/** One annotator's spans per label on the chosen documents. */
export interface AnnotatorLabelCounts {
  readonly annotator: string
  readonly counts: readonly LabelCount[]
}

/** A grouped bar chart's data: one category per label, one series per annotator. */
export interface AnnotatorDistribution {
  /** The labels: the set's in its order, then ids only some annotator's spans still carry. */
  readonly labels: readonly Pick<LabelBar, 'id' | 'name'>[]
  readonly series: readonly { readonly annotator: string; readonly spans: readonly number[] }[]
}

/**
 * Spans per label for each annotator, lined up on the same labels (0 where an annotator has
 * none) so the bars compare: who uses a label more, who never.
 */
export function annotatorDistribution(
  labels: readonly Label[],
  rows: readonly AnnotatorLabelCounts[],
): AnnotatorDistribution {
  const all = labelDistribution(
    labels,
    rows.map((row) => row.counts),
  )
  return {
    labels: all.map(({ id, name }) => ({ id, name })),
    series: rows.map((row) => {
      const tally = new Map(row.counts.map((count) => [count.label, count.spans]))
      return { annotator: row.annotator, spans: all.map((bar) => tally.get(bar.id) ?? 0) }
    }),
  }
}
