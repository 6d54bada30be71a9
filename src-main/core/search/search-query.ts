import { DOCUMENT_STATUSES, type DocumentStatus } from '../spans/span'

/**
 * A project search as the analyst typed it (README, "Search the project"):
 * `label:Statistic annotator:ana status:done note:check "exact phrase" words`.
 */
export interface SearchQuery {
  /**
   * What must occur (in the text, or in the span's text): the words typed outside quotes as
   * one phrase, in order, then each "quoted phrase" (also a way to ask for words apart).
   */
  readonly terms: readonly string[]
  /** Label names or ids; a span with any of them matches. */
  readonly labels: readonly string[]
  /** Whose spans (and whose status) to look at; any of them. */
  readonly annotators: readonly string[]
  /** Words every matching span's note must contain. */
  readonly notes: readonly string[]
  /** The document's status must be one of these. */
  readonly statuses: readonly DocumentStatus[]
}

export type ParsedSearch =
  | { readonly ok: true; readonly query: SearchQuery }
  | { readonly ok: false; readonly problem: string }

type FilterKey = 'label' | 'annotator' | 'note' | 'status'
const FILTER_KEYS: readonly FilterKey[] = ['label', 'annotator', 'note', 'status']

// A token: an optional `key:`, then a quoted phrase (the closing quote may be missing while
// the analyst is still typing) or a run of non-space characters.
const TOKEN = /(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))/gu

/** True when `query` asks for nothing (only spaces): the search box shows no results. */
export const isBlankQuery = (query: SearchQuery): boolean =>
  query.terms.length === 0 &&
  query.labels.length === 0 &&
  query.annotators.length === 0 &&
  query.notes.length === 0 &&
  query.statuses.length === 0

/**
 * Reads the search box. A `key:` Gloss does not know (`10:30`, `http:`) is plain text; a known
 * key without a value, or a status that does not exist, is a problem named for the analyst.
 * Every value is NFC-normalised, like the texts it is compared with.
 */
export function parseSearchQuery(input: string): ParsedSearch {
  const words: string[] = []
  const found: Record<FilterKey | 'terms', string[]> = {
    terms: [],
    label: [],
    annotator: [],
    note: [],
    status: [],
  }
  for (const match of input.normalize('NFC').matchAll(TOKEN)) {
    const [whole, rawKey, phrase, word] = match
    // "label: visa": the key stands alone, its value was meant to follow.
    const bare = rawKey === undefined ? /^([A-Za-z]+):$/u.exec(word ?? '')?.[1] : undefined
    const key = (rawKey ?? bare)?.toLowerCase() as FilterKey | undefined
    const value = bare !== undefined ? '' : (phrase ?? word ?? '').trim()
    if (key === undefined || !FILTER_KEYS.includes(key)) {
      if (rawKey === undefined && phrase !== undefined) {
        if (value !== '') found.terms.push(value)
      } else {
        // "http://x" and "10:30" are words, key and all.
        words.push(rawKey !== undefined && phrase !== undefined ? `${rawKey}:${value}` : whole)
      }
      continue
    }
    if (value === '')
      return { ok: false, problem: `"${key}:" needs a value, e.g. ${example[key]}.` }
    found[key].push(value)
  }
  const statuses: DocumentStatus[] = []
  for (const status of found.status) {
    const known = DOCUMENT_STATUSES.find((name) => name === status.toLowerCase())
    if (known === undefined) {
      return {
        ok: false,
        problem: `There is no status "${status}": use status:todo, status:in-progress or status:done.`,
      }
    }
    statuses.push(known)
  }
  return {
    ok: true,
    query: {
      terms: words.length > 0 ? [words.join(' '), ...found.terms] : found.terms,
      labels: found.label,
      annotators: found.annotator,
      notes: found.note,
      statuses,
    },
  }
}

const example: Record<FilterKey, string> = {
  label: 'label:Statistic',
  annotator: 'annotator:ana',
  note: 'note:check',
  status: 'status:done',
}
