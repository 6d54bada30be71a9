import type { DocLabels } from '@core/doc-labels/doc-label'
import { sameRelation } from '@core/relations/relation-changes'
import type { Relation } from '@core/relations/relation'
import { sameSpan } from '@core/spans/change-set'
import type { DocumentStatus, Span } from '@core/spans/span'

import type { OpenDoc } from './app-state'

/** What an annotations file holds that the annotate view shows. */
export interface ShownAnnotations {
  /** In `compareSpans` order, as the open document keeps them. */
  readonly spans: readonly Span[]
  readonly status: DocumentStatus
  readonly relations: readonly Relation[]
  readonly docLabels: DocLabels | undefined
}

// Absent and empty are the same: no category has a value.
const sameDocLabels = (a: DocLabels | undefined, b: DocLabels | undefined): boolean => {
  const aKeys = Object.keys(a ?? {})
  return aKeys.length === Object.keys(b ?? {}).length && aKeys.every((key) => a?.[key] === b?.[key])
}

/**
 * Whether the open document already shows `file`: its spans, status, relations and document
 * labels. A colleague's change to any of them alone is news the view must take in.
 */
export const showsAnnotations = (doc: OpenDoc, file: ShownAnnotations): boolean =>
  doc.status === file.status &&
  doc.spans.length === file.spans.length &&
  doc.spans.every((span, index) => sameSpan(span, file.spans[index] as Span)) &&
  doc.relations.length === file.relations.length &&
  doc.relations.every((relation, index) =>
    sameRelation(relation, file.relations[index] as Relation),
  ) &&
  sameDocLabels(doc.docLabels, file.docLabels)
