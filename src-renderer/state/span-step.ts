import type { Span } from '@core/spans/span'

/**
 * N / P: the span after or before the selected one in text order, staying at either end;
 * with none selected, the first (N) or the last (P). `null` when there are no spans.
 */
export function steppedSpan(
  spans: readonly Span[],
  selectedIndex: number,
  by: 1 | -1,
): Span | null {
  if (spans.length === 0) return null
  const from = selectedIndex < 0 ? (by === 1 ? -1 : spans.length) : selectedIndex
  const index = Math.min(spans.length - 1, Math.max(0, from + by))
  return spans[index] ?? null
}
