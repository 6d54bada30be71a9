import type { SearchResult } from '@contract/search-endpoints'
import { findLabel } from '@core/labels/label-set'
import type { Label } from '@core/labels/label'

interface SearchResultRowProps {
  readonly result: SearchResult
  readonly labels: readonly Label[]
  readonly current: boolean
  readonly onOpen: () => void
}

/** One result: the words around it with the match marked, and whose span with which label. */
export function SearchResultRow({ result, labels, current, onOpen }: SearchResultRowProps) {
  const label = result.span ? findLabel(labels, result.span.label) : undefined
  const { before, match, after } = result.context
  return (
    <button
      type="button"
      role="option"
      aria-selected={current}
      id={`search-result-${result.docId}-${result.start}-${result.end}-${result.span?.id ?? ''}`}
      className={current ? 'search-result current' : 'search-result'}
      tabIndex={-1}
      onClick={onOpen}
    >
      <span className="search-context">
        {before}
        {match === '' ? null : <mark>{match}</mark>}
        {after}
        {match === '' && before === '' && after === '' && <em>(empty document)</em>}
      </span>
      {result.span && (
        <span className="search-span">
          <span
            className="search-label-dot"
            aria-hidden="true"
            style={{ background: label?.color ?? 'var(--muted)' }}
          />
          {label?.name ?? result.span.label} · {result.span.annotator}
        </span>
      )}
    </button>
  )
}
