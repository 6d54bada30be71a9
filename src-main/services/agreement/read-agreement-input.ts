import type { AgreementDocument } from '../../core/agreement/agreement-input'
import type { DocumentEntry } from '../../core/project/project'
import type { AnnotationFile } from '../../core/spans/span'
import { mapLimit } from '../annotations/map-limit'
import { chosenEntries } from '../project/chosen-entries'
import type { ProjectStore } from '../project/project-store'
import type { Work } from '../work/work-register'

/** One chosen document as read from the project: its entry, text and the chosen layers. */
export interface ReadDocument {
  readonly entry: DocumentEntry
  readonly document: AgreementDocument
  /** The chosen annotators' files for it (`null`: no file), in the chosen order. */
  readonly files: readonly (AnnotationFile | null)[]
}

// Texts and annotation files are small: 16 documents in flight (each reading its layers at
// once) keeps a thousand documents well under a second without running out of file handles.
const PARALLEL_DOCUMENTS = 16

/**
 * Reads the chosen documents (all when `docs` is absent, in index order) with the chosen
 * annotators' annotations files. Unknown document ids are an `invalid-input` failure.
 * `work` counts the documents read and cancels between them.
 */
export async function readAgreementDocuments(
  store: ProjectStore,
  annotators: readonly string[],
  docs: readonly string[] | undefined,
  work?: Work,
): Promise<ReadDocument[]> {
  const entries = await chosenEntries(
    store,
    docs,
    'Check the document ids (the document list shows them), or leave them out to use every document.',
  )
  work?.setTotal(entries.length)
  return mapLimit(entries, PARALLEL_DOCUMENTS, async (entry) => {
    work?.check()
    const [text, files] = await Promise.all([
      store.readText(entry),
      Promise.all(annotators.map((annotator) => store.readAnnotations(annotator, entry.id))),
    ])
    const layers = new Map<string, AnnotationFile['spans']>()
    annotators.forEach((annotator, k) => {
      const file = files[k]
      if (file) layers.set(annotator, file.spans)
    })
    work?.advance()
    return { entry, document: { docId: entry.id, text, layers }, files }
  })
}
