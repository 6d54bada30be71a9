import type { Label } from '../labels/label'
import type { DocumentStatus, Span } from '../spans/span'
import { findMatches } from '../text/find-matches'
import type { SearchQuery } from './search-query'

/** One annotator's layer of the document being searched. */
export interface SearchLayer {
  readonly annotator: string
  readonly status: DocumentStatus
  readonly spans: readonly Span[]
}

/** A place in a document that answers the search. */
export interface SearchHit {
  /** UTF-16 offsets into the document text, end exclusive (a whole span for span hits). */
  readonly start: number
  readonly end: number
  /** For a span hit: the span, whose layer, and its label id; `null` for a text match. */
  readonly span: { readonly id: string; readonly annotator: string; readonly label: string } | null
}

/** What the search is run with besides the query. */
export interface SearchScope {
  readonly labels: readonly Label[]
  /** The current annotator: `status:` without `annotator:` is about their work. */
  readonly me: string
}

const FOLD = { caseSensitive: false, wholeWord: false } as const

/** Whether the query looks at spans (any span filter) rather than the text alone. */
export const asksForSpans = (query: SearchQuery): boolean =>
  query.labels.length > 0 || query.annotators.length > 0 || query.notes.length > 0

/**
 * The places in one document that answer `query`, in text order.
 *
 * - Without span filters: every match of every term in the text (case-insensitive, diacritics
 *   count, see `findMatches`), if every term occurs at least once.
 * - With `label:`, `annotator:` or `note:`: every span of the chosen annotators (default: all)
 *   with one of the labels (by name or id, any case), whose note contains every `note:` word,
 *   and whose own text contains every term.
 * - `status:` keeps the document only when the status of `annotator:` (any of them; default:
 *   the current annotator) is one of those asked; alone it gives one hit at the start.
 */
export function searchDocument(
  text: string,
  layers: readonly SearchLayer[],
  query: SearchQuery,
  scope: SearchScope,
): SearchHit[] {
  if (!hasStatus(layers, query, scope.me)) return []
  if (asksForSpans(query)) return spanHits(layers, query, scope.labels)
  if (query.terms.length === 0)
    return query.statuses.length > 0 ? [{ start: 0, end: 0, span: null }] : []
  const perTerm = query.terms.map((term) => findMatches(text, term, FOLD))
  if (perTerm.some((matches) => matches.length === 0)) return []
  return perTerm
    .flat()
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map(({ start, end }) => ({ start, end, span: null }))
}

function hasStatus(layers: readonly SearchLayer[], query: SearchQuery, me: string): boolean {
  if (query.statuses.length === 0) return true
  const whose = query.annotators.length > 0 ? query.annotators : [me]
  return whose.some((name) => {
    const layer = layers.find((candidate) => sameName(candidate.annotator, name))
    return query.statuses.includes(layer?.status ?? 'todo')
  })
}

function spanHits(
  layers: readonly SearchLayer[],
  query: SearchQuery,
  labels: readonly Label[],
): SearchHit[] {
  const wanted = wantedLabelIds(query.labels, labels)
  const hits: SearchHit[] = []
  for (const layer of layers) {
    if (query.annotators.length > 0 && !query.annotators.some((n) => sameName(n, layer.annotator)))
      continue
    for (const span of layer.spans) {
      if (wanted !== null && !wanted.has(span.label.toLowerCase())) continue
      const note = span.note ?? ''
      if (!query.notes.every((word) => findMatches(note, word, FOLD).length > 0)) continue
      if (!query.terms.every((term) => findMatches(span.text, term, FOLD).length > 0)) continue
      hits.push({
        start: span.start,
        end: span.end,
        span: { id: span.id, annotator: layer.annotator, label: span.label },
      })
    }
  }
  return hits.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      (a.span?.annotator ?? '').localeCompare(b.span?.annotator ?? ''),
  )
}

/** The label ids `label:` values name (a name or an id, any case); `null` for any label. */
function wantedLabelIds(asked: readonly string[], labels: readonly Label[]): Set<string> | null {
  if (asked.length === 0) return null
  const ids = new Set<string>()
  for (const value of asked) {
    const lower = value.toLowerCase()
    ids.add(lower)
    for (const label of labels) {
      if (label.name.toLowerCase() === lower) ids.add(label.id.toLowerCase())
    }
  }
  return ids
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()
