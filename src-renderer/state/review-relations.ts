import { compareRelations, type RelationComparison } from '@core/review/compare-relations'

import type { ReviewDoc } from './review-state'

const cache = new WeakMap<ReviewDoc['layers'], RelationComparison[]>()

/**
 * The annotators' relations on the document under review, compared (core/review). Worked
 * out once per load of the layers, as the groups are: gold edits do not change it.
 */
export function relationComparisons(doc: ReviewDoc): readonly RelationComparison[] {
  let found = cache.get(doc.layers)
  if (found === undefined) {
    found = compareRelations(doc.groups, doc.layers)
    cache.set(doc.layers, found)
  }
  return found
}
