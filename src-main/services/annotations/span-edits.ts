import { GlossFailure } from '../../core/failure'
import { findLabel } from '../../core/labels/label-set'
import type { DocumentEntry, ProjectFile } from '../../core/project/project'
import { isEmptyChangeSet } from '../../core/spans/change-set'
import { checkSpan } from '../../core/spans/check-span'
import type { AnnotationFile, DocumentStatus, Span, SpanChangeSet } from '../../core/spans/span'
import { applyAnnotationEdit, type AnnotationEdit } from '../project/annotation-edits'
import type { ProjectStore } from '../project/project-store'
import { checkDocLabelChangesIn } from './check-doc-label-changes'
import { checkEditBase } from './edit-base'
import { checkEditedAttributes } from './edited-attributes'
import { checkRelationsFit } from './relation-rules'
import { relationTypesOf } from '../../core/relations/relation-types'

/** The annotations of a document nobody has touched yet; never written by reading. */
export function untouchedAnnotations(entry: DocumentEntry, annotator: string): AnnotationFile {
  return {
    version: 1,
    docId: entry.id,
    annotator,
    status: 'todo',
    spans: [],
    updatedAt: entry.added,
  }
}

export interface SavedState {
  readonly updatedAt: string
  readonly status: DocumentStatus
}

/**
 * Applies one edit to the annotator's spans on a document and saves it: the file rewritten
 * when small, the edit appended to its log when large. Every new or changed span must fit
 * the text and use a label of the project; the change set is applied strictly (a stale edit
 * is a `conflict`). The first edit moves `todo` to `in-progress`. With `base`, an edit made
 * on another version than the one on disk is refused (see edit-base.ts).
 */
export async function saveSpanChanges(
  store: ProjectStore,
  annotator: string,
  docId: string,
  changes: SpanChangeSet,
  base?: string,
): Promise<SavedState> {
  const entry = await store.findDocument(docId)
  if (isEmptyChangeSet(changes)) {
    const current = await store.readAnnotations(annotator, docId)
    return stateOf(current ?? untouchedAnnotations(entry, annotator))
  }
  // One read of gloss.json serves every check of the edit (labels, document labels,
  // attributes, relation types): this runs on every save.
  const [text, project] = await Promise.all([store.readText(entry), store.readProject()])
  checkSpansFitIn(text, project, [
    ...changes.created,
    ...changes.updated.map((update) => update.new),
  ])
  checkDocLabelChangesIn(project, changes)
  checkEditedAttributes(project.labels, changes)
  const types = relationTypesOf(project)
  const edit: AnnotationEdit = { at: new Date().toISOString(), spans: changes }
  return stateOf(
    await saveEdit(store, entry, annotator, edit, base, (next) =>
      checkRelationsFit(next, changes, types),
    ),
  )
}

/** Every span must fit the document's text and use a label of the project. */
export async function checkSpansFit(
  store: ProjectStore,
  entry: DocumentEntry,
  spans: readonly Span[],
): Promise<void> {
  const [text, project] = await Promise.all([store.readText(entry), store.readProject()])
  checkSpansFitIn(text, project, spans)
}

function checkSpansFitIn(text: string, project: ProjectFile, spans: readonly Span[]): void {
  for (const span of spans) {
    const problem = checkSpan(text, span)
    if (problem !== null) invalid(`Span ${span.id} cannot be saved: ${problem}.`)
    if (findLabel(project.labels, span.label) === undefined) {
      invalid(`Span ${span.id} uses the label "${span.label}", which this project does not have.`)
    }
  }
}

/** Marks a document to do, in progress or done for the annotator. */
export async function saveDocumentStatus(
  store: ProjectStore,
  annotator: string,
  docId: string,
  status: DocumentStatus,
  base?: string,
): Promise<SavedState> {
  const entry = await store.findDocument(docId)
  const edit: AnnotationEdit = { at: new Date().toISOString(), status }
  return stateOf(await saveEdit(store, entry, annotator, edit, base))
}

function saveEdit(
  store: ProjectStore,
  entry: DocumentEntry,
  annotator: string,
  edit: AnnotationEdit,
  base: string | undefined,
  check?: (next: AnnotationFile) => void,
): Promise<AnnotationFile> {
  const path = store.paths.annotationFile(annotator, entry.id)
  return store.editAnnotations(annotator, entry.id, (current) => {
    checkEditBase(path, entry, current, base)
    const next = applyAnnotationEdit(
      current ?? untouchedAnnotations(entry, annotator),
      edit,
      'strict',
    )
    check?.(next)
    return { edit, next }
  })
}

const stateOf = (file: AnnotationFile): SavedState => ({
  updatedAt: file.updatedAt,
  status: file.status,
})

function invalid(message: string): never {
  throw new GlossFailure({
    code: 'invalid-input',
    message,
    hint: 'Reload the document and make the change again.',
  })
}
