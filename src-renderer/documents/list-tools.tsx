import type { DocumentSortKey } from '@core/documents/sort-documents'

import { labelFilterOf } from '../state/shown-documents'
import { useAppState, useCommands } from '../state/use-store'

const SORTS: readonly {
  readonly key: DocumentSortKey
  readonly name: string
  /** The button's words for ascending and descending. */
  readonly up: string
  readonly down: string
}[] = [
  { key: 'added', name: 'Date added', up: 'Oldest first', down: 'Newest first' },
  { key: 'title', name: 'Title', up: 'A to Z', down: 'Z to A' },
  { key: 'status', name: 'Status', up: 'To do first', down: 'Done first' },
  { key: 'spans', name: 'Span count', up: 'Fewest first', down: 'Most first' },
]

/** Sort the document list (by what, which way) and keep only documents with a label's spans. */
export function ListTools() {
  const sort = useAppState((state) => state.listView.sort)
  const label = useAppState(labelFilterOf)
  const labels = useAppState((state) => state.session?.project?.labels)
  const { documentList } = useCommands()
  const chosen = SORTS.find((option) => option.key === sort.key) ?? SORTS[0]!

  return (
    <div className="list-tools">
      <label className="list-sort">
        <span>Sort</span>
        <select
          aria-label="Sort documents by"
          value={sort.key}
          onChange={(event) =>
            documentList.setSort({
              key: event.target.value as DocumentSortKey,
              ascending: sort.ascending,
            })
          }
        >
          {SORTS.map((option) => (
            <option key={option.key} value={option.key}>
              {option.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="sort-direction"
        title="Reverse the order"
        onClick={() => documentList.setSort({ key: sort.key, ascending: !sort.ascending })}
      >
        {sort.ascending ? chosen.up : chosen.down}
      </button>
      <select
        className="label-filter"
        aria-label="Filter by label"
        value={label ?? ''}
        onChange={(event) => documentList.setLabelFilter(event.target.value || null)}
      >
        <option value="">Any label</option>
        {labels?.map((option) => (
          <option key={option.id} value={option.id}>
            With {option.name}
          </option>
        ))}
      </select>
    </div>
  )
}
