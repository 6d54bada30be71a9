import type { SearchLayer } from '../../core/search/search-document'
import type { ProjectStore } from '../project/project-store'

/** Which annotators' files a search reads, and which documents each has a file for. */
export interface LayerFiles {
  readonly annotators: readonly string[]
  readonly has: ReadonlyMap<string, ReadonlySet<string>>
}

/** One listing per annotator folder: most documents of a large project have few files. */
export async function listLayerFiles(
  store: ProjectStore,
  annotators: readonly string[],
): Promise<LayerFiles> {
  const listed = await Promise.all(annotators.map((name) => store.listAnnotatedDocIds(name)))
  return {
    annotators,
    has: new Map(annotators.map((name, i) => [name, new Set(listed[i])])),
  }
}

/**
 * The layers of one document among `files`; a file that cannot be read is left out and its
 * problem handed to `onUnreadable` (a search does not stop for one broken file).
 */
export async function readSearchLayers(
  store: ProjectStore,
  files: LayerFiles,
  docId: string,
  onUnreadable: (message: string) => void,
): Promise<SearchLayer[]> {
  const layers: SearchLayer[] = []
  for (const annotator of files.annotators) {
    if (files.has.get(annotator)?.has(docId) !== true) continue
    try {
      const file = await store.readAnnotations(annotator, docId)
      if (file !== null) layers.push({ annotator, status: file.status, spans: file.spans })
    } catch (error) {
      onUnreadable(error instanceof Error ? error.message : String(error))
    }
  }
  return layers
}
