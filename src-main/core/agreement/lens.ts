import type { CategoryIndex } from './category-index'
import type { LabelIndex } from './label-index'
import { addSpanCounts, NO_SPANS, type SpanCounts } from './span-matching'

/**
 * How a figure reads the tallies: the overall figures see each token's whole category, a
 * label's figures only whether the token is inside a span of that label.
 */
export interface Lens<V> {
  /** The value a token in `category` has for this figure. */
  value(category: number): V
  /** A value in words, for reasons ("in category O", "outside every Claim span"). */
  describe(value: V): string
  /** The span comparisons that count for this figure. */
  spans(byLabel: ReadonlyMap<number, SpanCounts>): SpanCounts
  /** What a span is in reasons: "a span", "a Claim span". */
  readonly span: string
}

export function overallLens(categories: CategoryIndex): Lens<number> {
  return {
    value: (category) => category,
    describe: (category) => `in category ${categories.name(category)}`,
    spans: (byLabel) => [...byLabel.values()].reduce(addSpanCounts, NO_SPANS),
    span: 'a span',
  }
}

export function labelLens(
  label: number,
  labels: LabelIndex,
  categories: CategoryIndex,
): Lens<boolean> {
  const name = labels.name(label)
  return {
    value: (category) => categories.has(category, label),
    describe: (inside) => (inside ? `inside a ${name} span` : `outside every ${name} span`),
    spans: (byLabel) => byLabel.get(label) ?? NO_SPANS,
    span: `a ${name} span`,
  }
}
