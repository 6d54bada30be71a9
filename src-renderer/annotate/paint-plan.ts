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
  /** An extra class for the box (`hl-<variant>`), e.g. a review lane's kind of group. */
  readonly variant?: string
  /** A short tag shown at the start of the span's first box, e.g. an annotator's initials. */
  readonly tag?: string
  /** The tag's background colour (default: the paint's colour). */
  readonly tagColor?: string
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
  return distributePaints(
    blocks,
    sortedSpans.map((span) => ({
      spanId: span.id,
      label: span.label,
      color: colors.get(span.label) ?? UNKNOWN_LABEL_COLOR,
      start: span.start,
      end: span.end,
      depth: depths.get(span.id) ?? 0,
    })),
  )
}

/** The colour a span of this label is painted in; grey for a label the set lacks. */
export const labelColor = (labels: readonly Label[], labelId: string): string =>
  labels.find((label) => label.id === labelId)?.color ?? UNKNOWN_LABEL_COLOR

/**
 * Lists each paint under every block it reaches, longer paints first within a block so that
 * shorter ones paint on top. Blocks nothing reaches have no entry.
 */
export function distributePaints(
  blocks: readonly TextBlock[],
  paints: readonly Paint[],
): ReadonlyMap<number, readonly Paint[]> {
  const plan = new Map<number, Paint[]>()
  if (blocks.length === 0) return plan
  for (const paint of paints) {
    for (let index = blockIndexAt(blocks, paint.start); index < blocks.length; index++) {
      const block = blocks[index] as TextBlock
      if (block.start >= paint.end) break
      const list = plan.get(index)
      if (list) list.push(paint)
      else plan.set(index, [paint])
    }
  }
  for (const list of plan.values()) list.sort((a, b) => b.end - b.start - (a.end - a.start))
  return plan
}
