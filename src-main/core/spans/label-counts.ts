import type { Span, SpanChangeSet } from './span'

/** How many of one layer's spans on a document carry a label. */
export interface LabelCount {
  /** The label's id (`Span.label`). */
  readonly label: string
  readonly spans: number
}

const byLabel = (a: LabelCount, b: LabelCount): number =>
  a.label < b.label ? -1 : a.label > b.label ? 1 : 0

// A Map, not an object: a label id such as `__proto__` is only a key here.
const toCounts = (tally: ReadonlyMap<string, number>): LabelCount[] =>
  [...tally]
    .filter(([, spans]) => spans > 0)
    .map(([label, spans]) => ({ label, spans }))
    .sort(byLabel)

/** The labels `spans` carry, each with its number of spans, by label id; no label twice. */
export function countLabels(spans: readonly Pick<Span, 'label'>[]): LabelCount[] {
  const tally = new Map<string, number>()
  for (const span of spans) tally.set(span.label, (tally.get(span.label) ?? 0) + 1)
  return toCounts(tally)
}

/**
 * The counts after `changes`, in time proportional to the change and the number of labels,
 * never to the number of spans: an edit to a 20,000-span document stays as cheap as any.
 */
export function patchLabelCounts(
  counts: readonly LabelCount[],
  changes: SpanChangeSet,
): LabelCount[] {
  const tally = new Map(counts.map(({ label, spans }) => [label, spans]))
  const add = (label: string, delta: number) => tally.set(label, (tally.get(label) ?? 0) + delta)
  for (const span of changes.created) add(span.label, 1)
  for (const span of changes.deleted) add(span.label, -1)
  for (const { old, new: now } of changes.updated) {
    add(old.label, -1)
    add(now.label, 1)
  }
  return toCounts(tally)
}

/** Whether any of the spans counted carries `label`. */
export const hasLabel = (counts: readonly LabelCount[], label: string): boolean =>
  counts.some((count) => count.label === label && count.spans > 0)
