import { goldEditInput } from '@contract/as-input'
import { GlossFailure } from '@core/failure'
import { indexDecisions } from '@core/review/decisions'
import {
  applyGoldEdit,
  invertGoldEdit,
  isEmptyGoldEdit,
  type GoldEdit,
} from '@core/review/gold-edit'
import type { ReviewContext } from '@core/review/gold-edit-builder'
import { withGoldRelationsOfDeleted } from '@core/review/gold-relations-of-deleted'
import { reviewProgress } from '@core/review/review-progress'
import type { Span } from '@core/spans/span'

import type { AppState, EditHistory } from './app-state'
import type { CommandContext } from './context'
import { unwrap } from './context'
import { emptyHistory, recordEdit, takeRedo, takeUndo, type Step } from './history'
import type { ReviewDoc } from './review-state'
import type { SaveQueue } from './save-queue'

/** The review list's row for the document, with the progress the gold layer now shows. */
function withProgress(state: AppState, doc: ReviewDoc): AppState {
  const progress = reviewProgress(doc.groups, indexDecisions(doc.gold.decisions))
  const documents = state.review.documents.map((item) =>
    item.id === doc.entry.id
      ? {
          ...item,
          progress,
          goldSpans: doc.gold.spans.length,
          adjudicated: progress.adjudicated && doc.layers.length > 0,
        }
      : item,
  )
  return { ...state, review: { ...state.review, documents } }
}

/**
 * The one way review changes the gold layer: an edit is applied to the open document at
 * once, recorded for undo, and saved in order with every other edit. An edit that no longer
 * fits (a conflict) changes nothing and is reported.
 */
export function createGoldEditor(ctx: CommandContext, saves: SaveQueue) {
  const { store, client } = ctx

  const apply = (
    edit: GoldEdit,
    history: (current: EditHistory<GoldEdit>) => EditHistory<GoldEdit>,
  ): boolean => {
    const { doc, annotators } = store.get().review
    if (!doc || isEmptyGoldEdit(edit)) return false
    let gold
    try {
      gold = applyGoldEdit(doc.gold, edit)
    } catch (error) {
      if (!(error instanceof GlossFailure)) throw error
      unwrap(ctx, { ok: false, error: error.toError() })
      return false
    }
    const next: ReviewDoc = { ...doc, gold }
    const docId = doc.entry.id
    store.update((state) => {
      const keep = gold.spans.some((span) => span.id === state.review.goldSpanId)
      const review = {
        ...state.review,
        doc: next,
        goldSpanId: keep ? state.review.goldSpanId : null,
        histories: {
          ...state.review.histories,
          [docId]: history(state.review.histories[docId] ?? emptyHistory),
        },
      }
      return withProgress({ ...state, review }, next)
    })
    saves.enqueueSave(
      () => client.applyGoldEdit({ docId, annotators: [...annotators], edit: goldEditInput(edit) }),
      () => undefined,
    )
    return true
  }

  const step = (take: (history: EditHistory<GoldEdit>) => Step<GoldEdit> | null): void => {
    const { doc, histories } = store.get().review
    if (!doc) return
    const taken = take(histories[doc.entry.id] ?? emptyHistory)
    if (taken) apply(taken.changes, () => taken.history)
  }

  return {
    /** Who decides, when, and fresh ids: what every gold edit of the document is made with. */
    context: (doc: ReviewDoc): ReviewContext => ({
      text: doc.text,
      reviewer: store.get().session?.annotator ?? 'reviewer',
      now: new Date().toISOString(),
      newId: () => crypto.randomUUID(),
    }),
    /** A new, undoable edit (taking out the relations of gold spans it deletes); whether applied. */
    edit: (edit: GoldEdit): boolean => {
      const change = withGoldRelationsOfDeleted(edit, store.get().review.doc?.gold)
      return apply(change, (h) => recordEdit(h, change))
    },
    undo: (): void => step((history) => takeUndo(history, invertGoldEdit)),
    redo: (): void => step(takeRedo),
    /** The gold span the reviewer selected, if it is still there. */
    selectedSpan: (): Span | undefined => {
      const { doc, goldSpanId } = store.get().review
      return doc?.gold.spans.find((span) => span.id === goldSpanId)
    },
  }
}

export type GoldEditor = ReturnType<typeof createGoldEditor>
