/**
 * How many of `sorted` (ascending by start) start before `offset`: the index of the first
 * one starting at or after it (`sorted.length` when none does). Binary search.
 */
export function countStartingBefore(
  sorted: readonly { readonly start: number }[],
  offset: number,
): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sorted[middle] as { readonly start: number }).start < offset) low = middle + 1
    else high = middle
  }
  return low
}
