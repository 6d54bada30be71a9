import type { Paint } from './paint-plan'

const samePaint = (a: Paint, b: Paint): boolean =>
  a.spanId === b.spanId &&
  a.label === b.label &&
  a.color === b.color &&
  a.start === b.start &&
  a.end === b.end &&
  a.depth === b.depth &&
  a.variant === b.variant &&
  a.tag === b.tag &&
  a.tagColor === b.tagColor

/** Whether two paint lists draw the same: the same paints, field by field, in the same order. */
export const samePaints = (a: readonly Paint[], b: readonly Paint[]): boolean =>
  a === b || (a.length === b.length && a.every((paint, i) => samePaint(paint, b[i] as Paint)))
