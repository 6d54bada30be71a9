import type { Label } from '@core/labels/label'
import type { Span } from '@core/spans/span'
import { spansReaching, type SpanLayout } from '@core/spans/span-layout'

import { labelColor, longestFirst, NO_PAINTS, type Paint, type PaintSource } from './paint-plan'

/**
 * The annotator's own spans as paints, found per block in the layout (binary search, then
 * only the spans reaching into the block), each in its label's colour on its nesting row.
 */
export function layoutPaints(layout: SpanLayout, labels: readonly Label[]): PaintSource {
  const colors = new Map(labels.map((label) => [label.id, label.color]))
  return {
    paintsIn: (block) => {
      const reaching = spansReaching(layout, block.start, block.end)
      if (reaching.length === 0) return NO_PAINTS
      return longestFirst(
        reaching.map((at): Paint => {
          const span = layout.spans[at] as Span
          return {
            spanId: span.id,
            label: span.label,
            color: colors.get(span.label) ?? labelColor(labels, span.label),
            start: span.start,
            end: span.end,
            depth: layout.depths[at] as number,
          }
        }),
      )
    },
  }
}
