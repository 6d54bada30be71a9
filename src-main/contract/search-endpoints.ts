import { z } from 'zod'

import type { MatchContext } from '../core/search/match-context'
import type { SearchHit } from '../core/search/search-document'
import { workIdSchema } from './work-endpoints'

/** One place that answers a project search, with the words around it. */
export interface SearchResult extends SearchHit {
  readonly docId: string
  readonly title: string
  readonly context: MatchContext
}

export interface ProjectSearch {
  /** The places found, by document (in the project's order), then in text order. */
  readonly results: readonly SearchResult[]
  /** Every place found; more than `results` holds when `truncated`. */
  readonly hits: number
  /** Documents with at least one place found. */
  readonly documents: number
  /** Documents looked at (all of them, unless the search was cut short by `limit`). */
  readonly searched: number
  readonly truncated: boolean
  /** Files that could not be read (a missing text, a broken annotations file), each in words. */
  readonly unreadable: readonly string[]
}

/** Results one search sends at most: enough to browse, small enough to answer at once. */
export const SEARCH_RESULT_LIMIT = 2000

/** Project-wide search: part of THE API (spread into `endpoints`). */
export const searchEndpoints = {
  /**
   * Searches every document's text and every annotator's spans (README, "Search the
   * project": `label:`, `annotator:`, `note:`, `status:`, words and "phrases"). A query
   * Gloss cannot read is an `invalid-input` error naming the problem. With `workId` it can be
   * followed (`workProgress`) and cancelled (`cancelWork`).
   */
  searchProject: {
    input: z
      .object({
        query: z.string().max(1000),
        limit: z.number().int().min(1).max(SEARCH_RESULT_LIMIT).default(SEARCH_RESULT_LIMIT),
        workId: workIdSchema.optional(),
      })
      .strict(),
    output: {} as ProjectSearch,
  },
} as const
