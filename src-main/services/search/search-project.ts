import { setImmediate } from 'node:timers/promises'

import type { ProjectSearch, SearchResult } from '../../contract/search-endpoints'
import { GlossFailure } from '../../core/failure'
import type { DocumentEntry } from '../../core/project/project'
import { matchContext } from '../../core/search/match-context'
import { asksForSpans, searchDocument, type SearchHit } from '../../core/search/search-document'
import { isBlankQuery, parseSearchQuery, type SearchQuery } from '../../core/search/search-query'
import { mapLimit } from '../annotations/map-limit'
import type { ProjectStore } from '../project/project-store'
import type { Work } from '../work/work-register'
import { listLayerFiles, readSearchLayers } from './search-layers'
import type { SearchTexts } from './search-texts'

export interface SearchOptions {
  /** The current annotator: `status:` alone is about their work. */
  readonly me: string
  /** Results kept at most; every hit is still counted. */
  readonly limit: number
  readonly texts: SearchTexts
  /** Progress (one step per document) and cancellation. */
  readonly work: Work
}

const PARALLEL_READS = 32
// Documents searched between two turns of the event loop.
const CHUNK = 200

/**
 * Searches the whole project (see `searchDocument` for what matches). Reads each document's
 * text (kept in `options.texts` for the next search) and only the annotation files the query
 * needs. Cancelled through `options.work` between documents.
 */
export async function searchProject(
  store: ProjectStore,
  input: string,
  options: SearchOptions,
): Promise<ProjectSearch> {
  const parsed = parseSearchQuery(input)
  if (!parsed.ok) {
    throw new GlossFailure({ code: 'invalid-input', message: parsed.problem })
  }
  const { query } = parsed
  const [project, index, everyone] = await Promise.all([
    store.readProject(),
    store.readIndex(),
    store.listAnnotators(),
  ])
  const { documents } = index
  const { work } = options
  work.setTotal(documents.length)
  if (isBlankQuery(query)) return summarise([], options.limit, 0, [])
  const files = await listLayerFiles(store, layersNeeded(query, everyone, options.me))
  const unreadable: string[] = []
  const searchOne = async (entry: DocumentEntry) => {
    work.check()
    const layers = await readSearchLayers(store, files, entry.id, (m) => unreadable.push(m))
    // A span search in a document nobody annotated finds nothing: its text is not even read.
    const hits =
      asksForSpans(query) && layers.length === 0
        ? null
        : await searchText(store, entry, options.texts, work, (text) =>
            searchDocument(text, layers, query, { labels: project.labels, me: options.me }),
          ).catch((error: unknown) => {
            if (error instanceof GlossFailure) throw error
            unreadable.push(missingText(entry, error))
            return null
          })
    work.advance()
    return hits
  }
  const found: (DocumentHits | null)[] = []
  for (let first = 0; first < documents.length; first += CHUNK) {
    found.push(
      ...(await mapLimit(documents.slice(first, first + CHUNK), PARALLEL_READS, searchOne)),
    )
    // Kept texts are read without waiting for the disk: without a turn of the event loop now
    // and then, the host could not even receive the Cancel (or another window's request).
    await setImmediate()
  }
  work.check()
  return summarise(found, options.limit, documents.length, unreadable)
}

/** The annotators whose files the query reads: none for a search of the text alone. */
function layersNeeded(query: SearchQuery, everyone: readonly string[], me: string): string[] {
  const chosen = (names: readonly string[]) =>
    everyone.filter((name) => names.some((asked) => asked.toLowerCase() === name.toLowerCase()))
  if (asksForSpans(query))
    return query.annotators.length > 0 ? chosen(query.annotators) : [...everyone]
  if (query.statuses.length > 0)
    return chosen(query.annotators.length > 0 ? query.annotators : [me])
  return []
}

interface DocumentHits {
  readonly entry: DocumentEntry
  readonly text: string
  readonly hits: readonly SearchHit[]
}

async function searchText(
  store: ProjectStore,
  entry: DocumentEntry,
  texts: SearchTexts,
  work: Work,
  search: (text: string) => SearchHit[],
): Promise<DocumentHits> {
  const text = await texts.read(store.paths.documentText(entry.id))
  work.check()
  return { entry, text, hits: search(text) }
}

function summarise(
  found: readonly (DocumentHits | null)[],
  limit: number,
  searched: number,
  unreadable: readonly string[],
): ProjectSearch {
  const results: SearchResult[] = []
  let hits = 0
  let documents = 0
  for (const doc of found) {
    if (doc === null || doc.hits.length === 0) continue
    documents++
    hits += doc.hits.length
    for (const hit of doc.hits) {
      if (results.length >= limit) break
      results.push({
        ...hit,
        docId: doc.entry.id,
        title: doc.entry.title,
        context: matchContext(doc.text, hit.start, hit.end),
      })
    }
  }
  return { results, hits, documents, searched, truncated: hits > results.length, unreadable }
}

const missingText = (entry: DocumentEntry, error: unknown): string => {
  const reason =
    error instanceof Error && 'code' in error && error.code === 'ENOENT'
      ? 'its text file is missing'
      : 'its text file cannot be read'
  return `"${entry.title}" was not searched: ${reason} (documents/${entry.id}.txt). Import it again to restore it.`
}
