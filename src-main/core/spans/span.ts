import type { DocLabelChange, DocLabels } from '../doc-labels/doc-label'
import type { Relation, RelationChanges } from '../relations/relation'
import type { ReviewDecision, SpanReview } from '../review/review-records'

/** Values an attribute can take; kept JSON-plain so every format can carry them. */
export type AttributeValue = string | number | boolean

/**
 * One highlighted, labelled stretch of a document (DESIGN.md §3).
 * `start`/`end` are UTF-16 code unit offsets into the normalised text, end exclusive.
 */
export interface Span {
  readonly id: string
  readonly start: number
  readonly end: number
  /** The label's stable id (see `Label.id`), not its display name. */
  readonly label: string
  /** The covered text, kept so a reader can check the offsets. */
  readonly text: string
  readonly note?: string
  readonly attributes?: Readonly<Record<string, AttributeValue>>
  /** Gold spans only: who adjudicated the span, when and how. */
  readonly review?: SpanReview
  readonly createdAt: string
  readonly updatedAt: string
}

export type DocumentStatus = 'todo' | 'in-progress' | 'done'

export const DOCUMENT_STATUSES: readonly DocumentStatus[] = ['todo', 'in-progress', 'done']

/** The contents of `annotations/<annotator>/<docId>.json`. */
export interface AnnotationFile {
  readonly version: 1
  readonly docId: string
  readonly annotator: string
  readonly status: DocumentStatus
  readonly spans: readonly Span[]
  /** Document-level labels (core/doc-labels); absent when none is set. */
  readonly docLabels?: DocLabels
  /** Links between its spans; absent in files written before relations existed. */
  readonly relations?: readonly Relation[]
  /** Gold file only: the reviewer's verdict on each annotator version decided so far. */
  readonly decisions?: readonly ReviewDecision[]
  /** Gold file only: the annotators whose layers were compared when it was last written. */
  readonly compared?: readonly string[]
  readonly updatedAt: string
}

/**
 * An edit to one document's spans, applied as a unit. Undo applies `invertChangeSet`.
 * `updated` carries both versions so the inverse needs nothing else.
 */
export interface SpanChangeSet {
  readonly created: readonly Span[]
  readonly updated: readonly { readonly old: Span; readonly new: Span }[]
  readonly deleted: readonly Span[]
  /** Document-level label changes made in the same step (core/doc-labels). */
  readonly docLabels?: readonly DocLabelChange[]
  /** Relations made or removed in the same step (a deleted span takes its relations along). */
  readonly relations?: RelationChanges
}
