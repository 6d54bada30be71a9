import { GlossFailure } from '../../core/failure'
import { findLabel } from '../../core/labels/label-set'
import { indexDecisions } from '../../core/review/decisions'
import {
  applyGoldEdit,
  EMPTY_GOLD,
  isEmptyGoldEdit,
  type GoldEdit,
} from '../../core/review/gold-edit'
import { groupCandidates } from '../../core/review/group-candidates'
import { reviewProgress, type ReviewProgress } from '../../core/review/review-progress'
import { checkSpan } from '../../core/spans/check-span'
import type { AnnotationFile } from '../../core/spans/span'
import { GOLD } from '../export/select-dataset'
import type { ProjectStore } from '../project/project-store'
import { readDocumentLayers } from './review-layers'

/** What a gold save reports back: when, and how far review of the document has got. */
export interface SavedGold {
  readonly updatedAt: string
  readonly progress: ReviewProgress
}

/**
 * Applies one review edit to a document's gold layer (`annotations/_gold/<docId>.json`) and
 * saves that one file. Every new or changed span must fit the text and use a label of the
 * project; the edit is applied strictly (a stale edit is a `conflict`). The file's status
 * becomes `done` when, against the `annotators` under review, every version is decided.
 */
export async function saveGoldEdit(
  store: ProjectStore,
  docId: string,
  edit: GoldEdit,
  annotators: readonly string[],
): Promise<SavedGold> {
  const entry = await store.findDocument(docId)
  const [text, project, read] = await Promise.all([
    store.readText(entry),
    store.readProject(),
    readDocumentLayers(store, entry, annotators),
  ])
  for (const span of [...edit.spans.created, ...edit.spans.updated.map((update) => update.new)]) {
    const problem = checkSpan(text, span)
    if (problem !== null) invalid(`Gold span ${span.id} cannot be saved: ${problem}.`)
    if (findLabel(project.labels, span.label) === undefined) {
      throw new GlossFailure({
        code: 'invalid-input',
        message: `This version uses the label "${span.label}", which this project does not have.`,
        hint: `Add a label with the id "${span.label}" in Settings (for example when it came from a colleague's project), or choose another version.`,
      })
    }
  }
  const groups = groupCandidates(read.layers)
  let progress = reviewProgress(groups, new Map())
  if (isEmptyGoldEdit(edit)) {
    progress = reviewProgress(groups, indexDecisions(read.gold?.decisions))
    return { updatedAt: read.gold?.updatedAt ?? entry.added, progress }
  }
  const saved = await store.updateAnnotations(GOLD, docId, (current) => {
    const next = applyGoldEdit(
      current === null ? EMPTY_GOLD : { spans: current.spans, decisions: current.decisions ?? [] },
      edit,
    )
    progress = reviewProgress(groups, indexDecisions(next.decisions))
    return goldFile(docId, next, annotators, progress.adjudicated && read.layers.length > 0)
  })
  return { updatedAt: saved.updatedAt, progress }
}

/** The gold file's content: the adjudicated spans, the verdicts, who was compared. */
export function goldFile(
  docId: string,
  gold: {
    readonly spans: AnnotationFile['spans']
    readonly decisions: AnnotationFile['decisions']
  },
  annotators: readonly string[],
  adjudicated: boolean,
): AnnotationFile {
  return {
    version: 1,
    docId,
    annotator: GOLD,
    status: adjudicated ? 'done' : 'in-progress',
    spans: gold.spans,
    decisions: gold.decisions ?? [],
    compared: [...annotators],
    updatedAt: new Date().toISOString(),
  }
}

function invalid(message: string): never {
  throw new GlossFailure({
    code: 'invalid-input',
    message,
    hint: 'Reload the review and decide again.',
  })
}
