import type { Label } from '@core/labels/label'
import type { GoldComparison } from '@core/review/compare-with-gold'

import type { TextBlock } from './blocks'
import { distributePaints, labelColor, type Paint } from './paint-plan'

const REMOVED_COLOR = '#c0392b'

const labelName = (labels: readonly Label[], id: string): string =>
  labels.find((label) => label.id === id)?.name ?? id

/**
 * What "compare with gold" adds on top of the annotator's own highlights: a dashed box with
 * a "gold" tag where gold has a span they lack or placed or labelled otherwise, and a red
 * dashed box on each of their spans gold does not keep.
 */
export function planGoldDiffPaints(
  blocks: readonly TextBlock[],
  comparison: GoldComparison,
  labels: readonly Label[],
): ReadonlyMap<number, readonly Paint[]> {
  const paints: Paint[] = []
  for (const difference of comparison.differences) {
    const { gold, mine } = difference
    if (gold !== undefined) {
      paints.push({
        spanId: `gold:${gold.id}`,
        label: gold.label,
        color: labelColor(labels, gold.label),
        start: gold.start,
        end: gold.end,
        depth: 0,
        variant: `diff diff-${difference.kind}`,
        tag: `gold: ${labelName(labels, gold.label)}`,
        tagColor: labelColor(labels, gold.label),
      })
    } else if (mine !== undefined) {
      paints.push({
        spanId: `removed:${mine.id}`,
        label: mine.label,
        color: REMOVED_COLOR,
        start: mine.start,
        end: mine.end,
        depth: 0,
        variant: 'diff diff-removed',
        tag: 'not in gold',
        tagColor: REMOVED_COLOR,
      })
    }
  }
  return distributePaints(blocks, paints)
}
