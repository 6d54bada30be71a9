import type { Label } from '@core/labels/label'
import { indexDecisions, isSettled } from '@core/review/decisions'

import type { TextBlock } from '../annotate/blocks'
import { distributePaints, labelColor, type Paint } from '../annotate/paint-plan'
import type { ReviewDoc } from '../state/review-state'
import type { AnnotatorBadge } from './annotator-badges'

export interface ReviewPaintOptions {
  readonly labels: readonly Label[]
  readonly badges: ReadonlyMap<string, AnnotatorBadge>
  readonly currentGroupId: string | null
  readonly showGold: boolean
}

/** The paint id of an annotator's span in review (ids are only unique within a layer). */
export const lanePaintId = (annotator: string, spanId: string): string => `${annotator}/${spanId}`

/**
 * What the review text paints: a lane of underlines per annotator (in the order chosen, the
 * gold layer last), each in its label's colour; a tint behind every open disagreement and
 * an outline around the current group; gold spans filled like highlights in the annotate
 * view. Annotators' initials mark the current group's spans.
 */
export function planReviewPaints(
  blocks: readonly TextBlock[],
  doc: ReviewDoc,
  options: ReviewPaintOptions,
): ReadonlyMap<number, readonly Paint[]> {
  const decisions = indexDecisions(doc.gold.decisions)
  const lane = new Map(doc.layers.map((layer, index) => [layer.annotator, index]))
  const paints: Paint[] = []
  for (const group of doc.groups) {
    const current = group.id === options.currentGroupId
    const open = group.kind !== 'agreed' && !isSettled(group, decisions)
    if (open || current) {
      paints.push({
        spanId: `group:${group.id}`,
        label: `group-${group.kind}`,
        color: 'transparent',
        start: group.start,
        end: group.end,
        depth: 0,
        variant: ['group', open ? 'open' : '', current ? 'current-group' : ''].join(' ').trim(),
      })
    }
    for (const candidate of group.candidates) {
      for (const { annotator, span } of candidate.spans) {
        paints.push({
          spanId: lanePaintId(annotator, span.id),
          label: span.label,
          color: labelColor(options.labels, span.label),
          start: span.start,
          end: span.end,
          depth: lane.get(annotator) ?? 0,
          variant: current ? 'lane current' : 'lane',
          ...(current && {
            tag: options.badges.get(annotator)?.initials ?? annotator,
            tagColor: options.badges.get(annotator)?.color ?? '#5e6875',
          }),
        })
      }
    }
  }
  if (options.showGold) {
    for (const span of doc.gold.spans) {
      paints.push({
        spanId: span.id,
        label: span.label,
        color: labelColor(options.labels, span.label),
        start: span.start,
        end: span.end,
        depth: doc.layers.length,
        variant: 'gold',
      })
    }
  }
  return distributePaints(blocks, paints)
}
