import { GlossFailure } from '../../core/failure'
import type { DocumentEntry } from '../../core/project/project'
import type { ReviewLayer } from '../../core/review/review-layer'
import type { AnnotationFile, DocumentStatus } from '../../core/spans/span'
import { GOLD } from '../export/select-dataset'
import type { ProjectStore } from '../project/project-store'

/** One annotator's layer as review reads it: their spans, relations and their own status. */
export interface StoredLayer extends ReviewLayer {
  readonly status: DocumentStatus
  readonly relations?: AnnotationFile['relations']
}

/** The layers of one document under review, as stored. */
export interface DocumentLayers {
  readonly entry: DocumentEntry
  /** The chosen annotators who have an annotations file for the document, in the order chosen. */
  readonly layers: readonly StoredLayer[]
  /** The chosen annotators with no file for it: they have not annotated it. */
  readonly notAnnotated: readonly string[]
  /** The gold file, or `null` before the first decision. */
  readonly gold: AnnotationFile | null
}

/** Reads the chosen annotators' layers and the gold layer of one document. */
export async function readDocumentLayers(
  store: ProjectStore,
  entry: DocumentEntry,
  annotators: readonly string[],
): Promise<DocumentLayers> {
  const [files, gold] = await Promise.all([
    Promise.all(annotators.map((annotator) => store.readAnnotations(annotator, entry.id))),
    store.readAnnotations(GOLD, entry.id),
  ])
  const layers: StoredLayer[] = []
  const notAnnotated: string[] = []
  files.forEach((file, index) => {
    const annotator = annotators[index] as string
    if (file === null) notAnnotated.push(annotator)
    else
      layers.push({
        annotator,
        status: file.status,
        spans: file.spans,
        ...docLabelsOf(file),
        ...relationsOf(file),
      })
  })
  return { entry, layers, notAnnotated, gold }
}

/** The annotators to review: those asked for (checked to exist), or every annotator. */
export async function reviewAnnotators(
  store: ProjectStore,
  asked: readonly string[] | undefined,
): Promise<string[]> {
  const known = await store.listAnnotators()
  if (asked === undefined || asked.length === 0) return known
  const unknown = asked.filter((name) => !known.includes(name))
  if (unknown.length > 0) {
    throw new GlossFailure({
      code: 'invalid-input',
      message: `This project has no annotations by ${unknown.map((name) => `"${name}"`).join(', ')}.`,
      hint:
        known.length > 0
          ? `Annotators in this project: ${known.join(', ')}.`
          : 'Nobody has annotated in this project yet.',
    })
  }
  return [...new Set(asked)]
}

// A layer's document labels go to review with its spans, so the reviewer can accept one.
const docLabelsOf = (file: AnnotationFile): { docLabels?: AnnotationFile['docLabels'] } =>
  file.docLabels === undefined ? {} : { docLabels: file.docLabels }

const relationsOf = (file: AnnotationFile): { relations?: AnnotationFile['relations'] } =>
  file.relations === undefined ? {} : { relations: file.relations }
