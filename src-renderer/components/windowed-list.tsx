import type { ReactNode } from 'react'

import { useWindowedList } from './use-windowed-list'

interface WindowedListProps {
  /** The list's accessible name. */
  readonly label: string
  readonly className?: string
  readonly count: number
  readonly keyOf: (index: number) => string | number
  readonly rowHeight: number
  /** The row to keep in view (-1 for none). */
  readonly currentIndex: number
  readonly renderRow: (index: number) => ReactNode
}

/** A scrolling list of which only the rows near the viewport are in the DOM. */
export function WindowedList(props: WindowedListProps) {
  const { scrollRef, virtualizer } = useWindowedList(props)
  return (
    <div ref={scrollRef} className="span-scroll">
      <ul
        className={props.className ? `span-list ${props.className}` : 'span-list'}
        aria-label={props.label}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {props.renderRow(item.index)}
          </li>
        ))}
      </ul>
    </div>
  )
}
