import { applyChangeSet, invertChangeSet, isEmptyChangeSet } from '../spans/change-set'
import type { Span, SpanChangeSet } from '../spans/span'
import type { ReviewDecision } from './review-records'
import type { DocLabels } from '../doc-labels/doc-label'
import { docLabelsAfter } from '../doc-labels/apply-doc-labels'
import { applyDecisionChanges, invertDecisionChanges, type DecisionChange } from './decisions'
import type { Relation } from '../relations/relation'
import { editedRelations } from '../relations/relation-changes'

/** One reviewer action on the gold layer: its span changes and the verdicts it records. */
export interface GoldEdit {
  readonly spans: SpanChangeSet
  readonly decisions: readonly DecisionChange[]
}

/** The gold layer of one document as review edits it. */
export interface GoldState {
  readonly spans: readonly Span[]
  readonly decisions: readonly ReviewDecision[]
  /** The document labels accepted into gold (core/doc-labels); absent when none. */
  readonly docLabels?: DocLabels
  /** Relations between gold spans accepted from the annotators; absent when none. */
  readonly relations?: readonly Relation[]
}

export const EMPTY_GOLD: GoldState = { spans: [], decisions: [] }

/** Applies a gold edit strictly (see `applyChangeSet`, `applyDecisionChanges`). */
export function applyGoldEdit(gold: GoldState, edit: GoldEdit): GoldState {
  const relations = editedRelations(gold.relations, edit.spans.relations, 'strict')
  return {
    spans: applyChangeSet(gold.spans, edit.spans),
    decisions: applyDecisionChanges(gold.decisions, edit.decisions),
    ...docLabelsAfter(gold.docLabels, edit.spans.docLabels),
    ...(relations !== undefined && { relations }),
  }
}

/** The edit that undoes `edit`. */
export const invertGoldEdit = (edit: GoldEdit): GoldEdit => ({
  spans: invertChangeSet(edit.spans),
  decisions: invertDecisionChanges(edit.decisions),
})

export const isEmptyGoldEdit = (edit: GoldEdit): boolean =>
  isEmptyChangeSet(edit.spans) && edit.decisions.length === 0
