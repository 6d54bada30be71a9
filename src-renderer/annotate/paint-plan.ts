import type { Label } from '@core/labels/label'

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

/**
 * What the text view paints, asked block by block for the blocks it mounts, so nothing is
 * planned for the part of the text nobody is looking at. Longer paints come first in a
 * block, so that shorter ones paint on top of them.
 */
export interface PaintSource {
  readonly paintsIn: (block: TextBlock, index: number) => readonly Paint[]
}

export const NO_PAINTS: readonly Paint[] = []

// Spans whose label is gone from the set (e.g. another annotator's) still show, in grey.
const UNKNOWN_LABEL_COLOR = '#8a8f98'

/** The colour a span of this label is painted in; grey for a label the set lacks. */
export const labelColor = (labels: readonly Label[], labelId: string): string =>
  labels.find((label) => label.id === labelId)?.color ?? UNKNOWN_LABEL_COLOR

/** Longer paints first; paints of one length keep their order. */
export const longestFirst = (paints: Paint[]): Paint[] =>
  paints.sort((a, b) => b.end - b.start - (a.end - a.start))

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
  for (const list of plan.values()) longestFirst(list)
  return plan
}

/** A plan made ahead for every block (see `distributePaints`) as a source. */
export const planSource = (plan: ReadonlyMap<number, readonly Paint[]>): PaintSource => ({
  paintsIn: (_block, index) => plan.get(index) ?? NO_PAINTS,
})

/** `source`'s paints and then, in each block, the plan's; `source` itself if the plan is empty. */
export function withPlan(
  source: PaintSource,
  plan: ReadonlyMap<number, readonly Paint[]>,
): PaintSource {
  if (plan.size === 0) return source
  return {
    paintsIn: (block, index) => {
      const own = source.paintsIn(block, index)
      const more = plan.get(index)
      return more ? [...own, ...more] : own
    },
  }
}
