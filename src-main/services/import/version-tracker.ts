import { newestVersions } from '../../core/project/document-versions'
import type { DocumentEntry } from '../../core/project/project'
import type { Article } from './read-articles'

/** Which document an imported article with a new text is a new version of, as an import goes. */
export interface VersionTracker {
  /**
   * The newest document from the same source, when the article names its source alone: a
   * file of one article, or a corpus record with an id (`corpus.jsonl#a7`). The records of a
   * corpus without ids share the file's name and are never versions of each other.
   */
  previousOf(article: Article, articlesInFile: number): DocumentEntry | undefined
  /** Counts a document this import added. */
  add(entry: DocumentEntry): void
}

export function createVersionTracker(index: readonly DocumentEntry[]): VersionTracker {
  const newest = newestVersions(index)
  return {
    previousOf(article, articlesInFile) {
      if (articlesInFile > 1 && !article.sourceName.includes('#')) return undefined
      return newest.get(article.sourceName) ?? undefined
    },
    add(entry) {
      const shared = newest.has(entry.sourceName) && entry.replaces === undefined
      newest.set(entry.sourceName, shared ? null : entry)
    },
  }
}
