import type { ProjectSearch } from '@contract/search-endpoints'
import type { Label } from '@core/labels/label'
import { useMemo } from 'react'

import { counted } from '@core/project/merge-wording'
import { useWindowedList } from '../components/use-windowed-list'
import { rowOfResult, searchRows } from './search-rows'
import { SearchResultRow } from './search-result-row'

interface SearchResultsProps {
  readonly outcome: ProjectSearch
  readonly labels: readonly Label[]
  readonly current: number
  readonly listId: string
  readonly onOpen: (index: number) => void
}

const ROW_HEIGHT = 30

/** The results by document, windowed: only the rows near the viewport are in the DOM. */
export function SearchResults({ outcome, labels, current, listId, onOpen }: SearchResultsProps) {
  const rows = useMemo(() => searchRows(outcome.results), [outcome])
  const { scrollRef, virtualizer } = useWindowedList({
    count: rows.length,
    keyOf: (index) => index,
    rowHeight: ROW_HEIGHT,
    currentIndex: rowOfResult(rows, current),
  })
  return (
    <div ref={scrollRef} className="search-scroll">
      <div
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="search-list"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]
          if (!row) return null
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="search-row"
              role="presentation"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'document' ? (
                <div className="search-document" role="presentation">
                  <span className="search-document-title">{row.title}</span>
                  <span className="search-document-count">{counted(row.count, 'result')}</span>
                </div>
              ) : (
                <SearchResultRow
                  result={row.result}
                  labels={labels}
                  current={row.index === current}
                  onOpen={() => onOpen(row.index)}
                />
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
