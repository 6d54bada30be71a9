import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'

interface WindowedListOptions {
  readonly count: number
  readonly keyOf: (index: number) => string | number
  /** A first guess at a row's height; rows are measured once mounted. */
  readonly rowHeight: number
  /** The row to keep in view; followed only when it changes, not on every edit. */
  readonly currentIndex: number
}

/**
 * A list that keeps only the rows near the viewport in the DOM (20,000 spans stay light),
 * scrolled to follow the current row. Returns the scroll container's ref and the virtualizer.
 */
export function useWindowedList({ count, keyOf, rowHeight, currentIndex }: WindowedListOptions) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // No React Compiler runs on this code; the virtualizer is used the way its docs show.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    getItemKey: keyOf,
  })
  const follow = currentIndex
  useEffect(() => {
    if (follow >= 0) virtualizer.scrollToIndex(follow, { align: 'auto' })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [follow])
  return { scrollRef, virtualizer }
}
