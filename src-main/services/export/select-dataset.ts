import { GlossFailure } from '../../core/failure'
import type { DatasetDocument, ExportLayer } from '../../core/formats/dataset'
import type { DocumentEntry } from '../../core/project/project'
import { GOLD_LAYER } from '../../core/review/review-records'
import { mapLimit } from '../annotations/map-limit'
import { readDocumentComments } from '../comments/comment-files'
import { chosenEntries } from '../project/chosen-entries'
import type { ProjectStore } from '../project/project-store'

/** The adjudicated layer's folder under `annotations/`. */
export const GOLD = GOLD_LAYER

/**
 * Whose layers go out: every annotator's but gold, the gold set, the current annotator
 * (`me`, who may have no spans yet) or one named annotator (who must have some).
 */
export type LayerSource = 'all' | 'gold' | { readonly me: string } | { readonly annotator: string }

export interface DatasetSelection {
  readonly source: LayerSource
  /** `done`: only layers marked done, and only documents that have one. */
  readonly status: 'done' | 'any'
  /** Only these documents (in index order); all when absent. */
  readonly docs?: readonly string[]
  /** Called once per document read, for progress. */
  readonly onRead?: () => void
  /** Also read each document's comment threads (for the formats that carry them). */
  readonly comments?: boolean
}

// Texts and annotation files are small; 16 in flight keeps 10,000 documents fast without
// running out of file handles.
const PARALLEL_READS = 16

/** How many documents `selectDataset` will read, so progress can show a total first. */
export function selectEntries(
  store: ProjectStore,
  docs: readonly string[] | undefined,
): Promise<readonly DocumentEntry[]> {
  return chosenEntries(
    store,
    docs,
    'Check the document ids (the list shows them), or leave the document choice empty to export all.',
  )
}

/**
 * Reads the chosen documents and layers from the project: the texts (checked against the
 * index) and the annotators' files, in index order and annotator order; with `comments`,
 * every author's comment threads too (a comment file that cannot be read stops the export,
 * as an annotations file does: a dataset must not leave out what it was asked for).
 */
export async function selectDataset(
  store: ProjectStore,
  entries: readonly DocumentEntry[],
  selection: DatasetSelection,
): Promise<DatasetDocument[]> {
  const annotators = await layerNames(store, selection.source)
  const read = await mapLimit(entries, PARALLEL_READS, async (entry) => {
    const text = await store.readText(entry)
    const layers: ExportLayer[] = []
    for (const annotator of annotators) {
      const file = await store.readAnnotations(annotator, entry.id)
      if (file === null) continue
      if (selection.status === 'done' && file.status !== 'done') continue
      layers.push({
        annotator,
        status: file.status,
        spans: file.spans,
        relations: file.relations,
        ...(file.docLabels && { docLabels: file.docLabels }),
      })
    }
    const comments = selection.comments === true ? await readDocumentComments(store, entry.id) : []
    selection.onRead?.()
    return { entry, text, layers, ...(comments.length > 0 && { comments }) }
  })
  return selection.status === 'done' ? read.filter((doc) => doc.layers.length > 0) : read
}

async function layerNames(store: ProjectStore, source: LayerSource): Promise<string[]> {
  if (source === 'all') return store.listAnnotators()
  if (typeof source === 'object' && 'me' in source) return [source.me]
  const name = source === 'gold' ? GOLD : source.annotator
  if ((await store.listAnnotatedDocIds(name)).length > 0) return [name]
  const others = await store.listAnnotators()
  throw new GlossFailure({
    code: 'invalid-input',
    message:
      source === 'gold'
        ? 'This project has no gold set yet: nothing was accepted in review.'
        : `This project has no annotations by "${name}".`,
    hint:
      others.length > 0
        ? `Annotators in this project: ${others.join(', ')}.`
        : 'Nobody has annotated in this project yet.',
  })
}
