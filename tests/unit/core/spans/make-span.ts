import type { Span } from '../../../../src-main/core/spans/span'

/** A span over `text` at `start`, with fixed timestamps so tests compare exact objects. */
export function makeSpan(
  id: string,
  text: string,
  start: number,
  end: number,
  extra: Partial<Span> = {},
): Span {
  return {
    id,
    start,
    end,
    label: 'claim',
    text: text.slice(start, end),
    createdAt: '2024-05-02T10:00:00.000Z',
    updatedAt: '2024-05-02T10:00:00.000Z',
    ...extra,
  }
}
