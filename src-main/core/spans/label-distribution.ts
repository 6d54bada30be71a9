import type { Label } from '../labels/label'
import type { LabelCount } from './label-counts'

/** One bar of a label distribution chart. */
export interface LabelBar {
  readonly id: string
  readonly name: string
  readonly color: string
  readonly spans: number
}

// A label no longer in the set (removed in settings, or from an import) still has spans.
const UNKNOWN_COLOUR = '#8a929c'

/**
 * How many spans carry each label, summed over `counts` (one list per document): every label
 * of the set in its order (0 included, so charts line up), then ids the set does not know.
 */
export function labelDistribution(
  labels: readonly Label[],
  counts: readonly (readonly LabelCount[])[],
): LabelBar[] {
  const tally = new Map<string, number>()
  for (const list of counts) {
    for (const { label, spans } of list) tally.set(label, (tally.get(label) ?? 0) + spans)
  }
  const known = labels.map((label) => ({
    id: label.id,
    name: label.name,
    color: label.color,
    spans: tally.get(label.id) ?? 0,
  }))
  const ids = new Set(labels.map((label) => label.id))
  const unknown = [...tally]
    .filter(([id, spans]) => !ids.has(id) && spans > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, spans]) => ({ id, name: id, color: UNKNOWN_COLOUR, spans }))
  return [...known, ...unknown]
}
