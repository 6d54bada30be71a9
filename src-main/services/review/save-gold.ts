import { checkDocLabelChanges } from '../annotations/check-doc-label-changes'
import { GlossFailure } from '../../core/failure'
import type { Label } from '../../core/labels/label'
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
import { checkRelationsFit } from '../annotations/relation-rules'
import { checkEditedAttributes } from '../annotations/edited-attributes'
import type { RelationType } from '../../core/relations/relation'
import { relationTypesOf } from '../../core/relations/relation-types'
import { withGoldExtras } from './gold-extras'
import type { ProjectStore } from '../project/project-store'
import { readDocumentLayers, type DocumentLayers } from './review-layers'

/** What a gold save reports back: when, and how far review of the document has got. */
export interface SavedGold {
  readonly updatedAt: string
  readonly progress: ReviewProgress
}

/** What a gold write checks against: the text, the label set and the layers under review. */
export interface GoldTarget {
  readonly text: string
  readonly labels: readonly Label[]
  readonly layers: DocumentLayers
  readonly annotators: readonly string[]
  /** The project's relation types, which relations accepted into gold must use. */
  readonly relationTypes?: readonly RelationType[]
}

/**
 * Applies one review edit to a document's gold layer (`annotations/_gold/<docId>.json`) and
 * saves that one file. Every new or changed span must fit the text, use a label of the
 * project and set only attributes that label defines, with values it allows; the edit is
 * applied strictly (a stale edit is a `conflict`). The file's status becomes `done` when,
 * against the `annotators` under review, every version is decided.
 */
export async function saveGoldEdit(
  store: ProjectStore,
  docId: string,
  edit: GoldEdit,
  annotators: readonly string[],
): Promise<SavedGold> {
  const entry = await store.findDocument(docId)
  const [text, project, layers] = await Promise.all([
    store.readText(entry),
    store.readProject(),
    readDocumentLayers(store, entry, annotators),
  ])
  return writeGoldEdit(store, edit, {
    text,
    labels: project.labels,
    layers,
    annotators,
    relationTypes: relationTypesOf(project),
  })
}

/** `saveGoldEdit` for a caller that has read the text, labels and layers already. */
export async function writeGoldEdit(
  store: ProjectStore,
  edit: GoldEdit,
  target: GoldTarget,
): Promise<SavedGold> {
  const { entry, layers, gold } = target.layers
  await checkDocLabelChanges(store, edit.spans)
  for (const span of [...edit.spans.created, ...edit.spans.updated.map((update) => update.new)]) {
    const problem = checkSpan(target.text, span)
    if (problem !== null) invalid(`Gold span ${span.id} cannot be saved: ${problem}.`)
    if (findLabel(target.labels, span.label) === undefined) {
      throw new GlossFailure({
        code: 'invalid-input',
        message: `This version uses the label "${span.label}", which this project does not have.`,
        hint: `Add a label with the id "${span.label}" in Settings (for example when it came from a colleague's project), or choose another version.`,
      })
    }
  }
  // The same attribute rules as an annotator's save: defined for the label, a listed value.
  checkEditedAttributes(target.labels, edit.spans)
  const groups = groupCandidates(layers)
  if (isEmptyGoldEdit(edit)) {
    const progress = reviewProgress(groups, indexDecisions(gold?.decisions))
    return { updatedAt: gold?.updatedAt ?? entry.added, progress }
  }
  let progress: ReviewProgress | null = null
  const saved = await store.updateAnnotations(GOLD, entry.id, (current) => {
    const next = applyGoldEdit(
      current === null
        ? EMPTY_GOLD
        : {
            spans: current.spans,
            decisions: current.decisions ?? [],
            ...(current.docLabels && { docLabels: current.docLabels }),
            ...(current.relations && { relations: current.relations }),
          },
      edit,
    )
    const now = reviewProgress(groups, indexDecisions(next.decisions))
    progress = now
    const file = withGoldExtras(
      goldFile(entry.id, next, target.annotators, now.adjudicated && layers.length > 0),
      next,
    )
    checkRelationsFit(file, edit.spans, target.relationTypes ?? [])
    return file
  })
  return { updatedAt: saved.updatedAt, progress: progress ?? reviewProgress(groups, new Map()) }
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
