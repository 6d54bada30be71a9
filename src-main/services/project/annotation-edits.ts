import { z } from 'zod'

import { changeSetSchema, documentStatusSchema } from '../../contract/schemas'
import { withDocLabels } from '../annotations/doc-label-edits'
import { editedRelations } from '../../core/relations/relation-changes'
import { applyChangeSet } from '../../core/spans/change-set'
import { patchSortedSpans } from '../../core/spans/patch-sorted-spans'
import { replayChangeSet } from '../../core/spans/replay-change-set'
import type { AnnotationFile, DocumentStatus, SpanChangeSet } from '../../core/spans/span'
import type { EditLogKind } from '../storage/edit-log'

/** One saved edit of an annotator's file: a change set, or a new status; `at` is when. */
export type AnnotationEdit =
  | { readonly at: string; readonly spans: SpanChangeSet }
  | { readonly at: string; readonly status: DocumentStatus }

const annotationEditSchema = z.union([
  z.object({ at: z.string(), spans: changeSetSchema }),
  z.object({ at: z.string(), status: documentStatusSchema }),
])

/**
 * The file with `edit` applied. Strictly (on save), a stale change set is a `conflict` and
 * nothing changes; leniently (on replay from the log), each span the change set names gets
 * its new version, so a file that already holds the edit is left as it is. The first change
 * of spans moves `todo` to `in-progress`.
 */
export function applyAnnotationEdit(
  file: AnnotationFile,
  edit: AnnotationEdit,
  how: 'strict' | 'replay',
): AnnotationFile {
  if ('status' in edit) return { ...file, status: edit.status, updatedAt: edit.at }
  const apply = how === 'strict' ? applyChangeSet : replayChangeSet
  const relations = editedRelations(file.relations, edit.spans.relations, how)
  return {
    ...file,
    status: file.status === 'todo' ? 'in-progress' : file.status,
    spans: patchSortedSpans(file.spans, edit.spans, apply),
    ...withDocLabels(file, edit.spans, how),
    ...(relations !== undefined && { relations }),
    updatedAt: edit.at,
  }
}

/** How edits of a large annotations file are logged in `<docId>.edits.jsonl` beside it. */
export const ANNOTATION_EDITS: EditLogKind<AnnotationFile, AnnotationEdit> = {
  version: 1,
  schema: annotationEditSchema,
  replay: (file, edit) => applyAnnotationEdit(file, edit, 'replay'),
}
