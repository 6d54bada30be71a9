import type { ProjectSearch } from '@contract/search-endpoints'
import { counted } from '@core/project/merge-wording'

/** One line over the results: how many, in how many documents, and whether all are listed. */
export function searchSummary(outcome: ProjectSearch): string {
  if (outcome.hits === 0) {
    return `Nothing found in ${counted(outcome.searched, 'document', 'documents')}.`
  }
  const found = `${counted(outcome.hits, 'result', 'results')} in ${counted(outcome.documents, 'document', 'documents')}`
  return outcome.truncated
    ? `${found}; the first ${outcome.results.length.toLocaleString('en')} are listed.`
    : `${found}.`
}
