import type { Label } from '@core/labels/label'
import { nestingDepths } from '@core/spans/overlaps'
import type { Span } from '@core/spans/span'

import { blockIndexAt, type TextBlock } from './blocks'

/** What one block paints for one span: the part of the span inside the block. */
export interface Paint {
  readonly spanId: string
  readonly label: string
  readonly color: string
  readonly start: number
  readonly end: number
  /** The underline row (0 = right under the text), from core's `nestingDepths`. */
  readonly depth: number
}

// Spans whose label is gone from the set (e.g. another annotator's) still show, in grey.
const UNKNOWN_LABEL_COLOR = '#8a8f98'

/**
 * For every block, the spans that reach into it, longer spans first so that shorter ones
 * paint on top of them. Blocks no span touches have no entry. Computed once per change of
 * the spans; each mounted block then paints only its own list.
 */
export function planPaints(
  blocks: readonly TextBlock[],
  sortedSpans: readonly Span[],
  labels: readonly Label[],
): ReadonlyMap<number, readonly Paint[]> {
  const colors = new Map(labels.map((label) => [label.id, label.color]))
  const depths = nestingDepths(sortedSpans)
  const plan = new Map<number, Paint[]>()
  if (blocks.length === 0) return plan
  for (const span of sortedSpans) {
    const paint: Paint = {
      spanId: span.id,
      label: span.label,
      color: colors.get(span.label) ?? UNKNOWN_LABEL_COLOR,
      start: span.start,
      end: span.end,
      depth: depths.get(span.id) ?? 0,
    }
    for (let index = blockIndexAt(blocks, span.start); index < blocks.length; index++) {
      const block = blocks[index] as TextBlock
      if (block.start >= span.end) break
      const list = plan.get(index)
      if (list) list.push(paint)
      else plan.set(index, [paint])
    }
  }
  for (const list of plan.values()) list.sort((a, b) => b.end - b.start - (a.end - a.start))
  return plan
}
