import { groupCandidates } from '../src-main/core/review/group-candidates'
import { textOfLength } from './corpus-text'
import { syntheticSpans } from './synthetic-spans'
import { type Figure, timed } from './timing'

const LENGTH = 1_000_000
const SPANS = 20_000

/**
 * Grouping three annotators' layers on a whole book: what opening one document in review
 * computes, in the renderer, before it shows the disagreements.
 */
export async function benchReview(): Promise<Figure[]> {
  const text = textOfLength(LENGTH)
  const shared = syntheticSpans(text, SPANS / 2, 11)
  const layers = [1, 2, 3].map((seed) => ({
    annotator: `annotator-${seed}`,
    spans: [...shared, ...syntheticSpans(text, SPANS / 2, 100 + seed)],
  }))
  const grouped = await timed(() => groupCandidates(layers))
  const open = grouped.value.filter((group) => group.kind !== 'agreed').length
  return [
    {
      name: `review: group 3 × ${SPANS.toLocaleString('en')} spans on 1M chars (${open.toLocaleString('en')} disagreements)`,
      value: grouped.ms,
      unit: 'ms',
    },
  ]
}
