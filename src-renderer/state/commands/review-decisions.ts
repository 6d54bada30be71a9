import { goldEditInput } from '@contract/as-input'
import { labelForKey } from '@core/labels/label-set'
import { GlossFailure } from '@core/failure'
import {
  acceptAgreed,
  acceptVersion,
  addGoldSpan,
  editGoldSpan,
  rejectGroup,
  removeGoldSpan,
} from '@core/review/adjudicate'
import { indexDecisions } from '@core/review/decisions'
import {
  applyGoldEdit,
  invertGoldEdit,
  isEmptyGoldEdit,
  type GoldEdit,
} from '@core/review/gold-edit'
import type { ReviewContext } from '@core/review/gold-edit-builder'
import { majorityEdit } from '@core/review/majority'
import type { ReviewGroup } from '@core/review/review-group'
import { reviewProgress } from '@core/review/review-progress'
import { moveEdgeByWord } from '@core/text/move-edge'

import type { AppState, EditHistory } from '../app-state'
import type { CommandContext } from '../context'
import { unwrap } from '../context'
import { emptyHistory, recordEdit, takeRedo, takeUndo, type Step } from '../history'
import { nextOpenGroup } from '../review-selectors'
import type { ReviewDoc } from '../review-state'
import type { SaveQueue } from '../save-queue'
import { spanRange } from './annotate'
import type { ReviewCommands } from './review'

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

/** Deciding: accept, reject, edit gold, the majority pass, and undo/redo of all of them. */
export function createReviewDecisionCommands(
  ctx: CommandContext,
  saves: SaveQueue,
  review: ReviewCommands,
) {
  const { store, client } = ctx

  const context = (doc: ReviewDoc): ReviewContext => ({
    text: doc.text,
    reviewer: store.get().session?.annotator ?? 'reviewer',
    now: new Date().toISOString(),
    newId: () => crypto.randomUUID(),
  })

  const currentGroup = (): ReviewGroup | null => {
    const { doc, groupId } = store.get().review
    return doc?.groups.find((group) => group.id === groupId) ?? null
  }

  /**
   * Applies a gold edit to the open document at once and queues its save; `history` is what
   * the document's undo stacks become. An edit that no longer fits (a conflict) changes
   * nothing and is reported. Returns whether it was applied.
   */
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
      const goldSpanId = gold.spans.some((span) => span.id === state.review.goldSpanId)
        ? state.review.goldSpanId
        : null
      return withProgress(
        {
          ...state,
          review: {
            ...state.review,
            doc: next,
            goldSpanId,
            histories: {
              ...state.review.histories,
              [docId]: history(state.review.histories[docId] ?? emptyHistory),
            },
          },
        },
        next,
      )
    })
    saves.enqueueSave(
      () => client.applyGoldEdit({ docId, annotators: [...annotators], edit: goldEditInput(edit) }),
      () => undefined,
    )
    return true
  }

  const edit = (change: GoldEdit): boolean => apply(change, (h) => recordEdit(h, change))

  /** After a decision: on to the next open disagreement, as a reviewer works through a queue. */
  const decideAndAdvance = (make: (group: ReviewGroup, doc: ReviewDoc) => GoldEdit): void => {
    const doc = store.get().review.doc
    const group = currentGroup()
    if (!doc || !group) return
    if (!edit(make(group, doc))) return
    const after = store.get().review.doc
    const next = after && nextOpenGroup(after, group)
    if (next) review.selectGroup(next.id, true)
  }

  const step = (take: (history: EditHistory<GoldEdit>) => Step<GoldEdit> | null): void => {
    const { doc, histories } = store.get().review
    if (!doc) return
    const taken = take(histories[doc.entry.id] ?? emptyHistory)
    if (taken) apply(taken.changes, () => taken.history)
  }

  const selectedGold = () => {
    const { doc, goldSpanId } = store.get().review
    return doc?.gold.spans.find((span) => span.id === goldSpanId)
  }

  const changeGold = (
    change: (span: NonNullable<ReturnType<typeof selectedGold>>) => {
      readonly start: number
      readonly end: number
      readonly label: string
    },
  ): void => {
    const doc = store.get().review.doc
    const span = selectedGold()
    if (doc && span) edit(editGoldSpan(span, change(span), context(doc)))
  }

  const commands = {
    /** Takes the version of the `index`-th annotator under review (0-based) for the group. */
    acceptVersionOf: (index: number): void => {
      const annotator = store.get().review.doc?.layers[index]?.annotator
      if (annotator === undefined) return
      decideAndAdvance((group, doc) => acceptVersion(group, annotator, doc.gold, context(doc)))
    },

    /** Rejects every version of the current group. */
    rejectCurrent: (): void =>
      decideAndAdvance((group, doc) => rejectGroup(group, doc.gold, context(doc))),

    /** Accepts every undecided agreed span of the document in one step. */
    acceptAllAgreed: (): void => {
      const doc = store.get().review.doc
      if (doc) edit(acceptAgreed(doc.groups, doc.gold, context(doc)))
    },

    /** The majority pass on the open document, as one undoable step. */
    majorityHere: (): void => {
      const doc = store.get().review.doc
      if (!doc) return
      edit(majorityEdit(doc.groups, doc.layers.length, doc.gold, context(doc)).edit)
    },

    /** The majority pass on every document (not undoable: it says what it did). */
    majorityEverywhere: async () => {
      const { annotators } = store.get().review
      const summary = unwrap(ctx, await client.adjudicateMajority({ annotators: [...annotators] }))
      if (summary) await review.refresh()
      return summary
    },

    /** A label key with text selected: that stretch, with that label, into gold. */
    addFromSelection: (labelId: string): void => {
      const { review: state, selection, session } = store.get()
      const doc = state.doc
      if (!doc || !selection) return
      const snap = session?.project?.settings.snapToWords ?? true
      const range = spanRange(doc.text, selection, snap)
      if (range.end <= range.start) return
      const candidates = doc.groups.flatMap((group) => group.candidates)
      const change = addGoldSpan({ ...range, label: labelId }, candidates, doc.gold, context(doc))
      store.update((current) => ({ ...current, selection: null }))
      edit(change)
      const added = change.spans.created[0]
      if (added) review.selectGoldSpan(added.id)
    },

    /** 1–9: with text selected, a gold span with that label; else that annotator's version. */
    pressDigit: (key: string): boolean => {
      const { selection, session, review: state } = store.get()
      if (selection) {
        const label = labelForKey(session?.project?.labels ?? [], key)
        if (!label) return false
        commands.addFromSelection(label.id)
        return true
      }
      const span = selectedGold()
      if (span) {
        const label = labelForKey(session?.project?.labels ?? [], key)
        if (!label) return false
        commands.relabelGold(label.id)
        return true
      }
      const index = Number(key) - 1
      if (!state.doc?.layers[index] || !currentGroup()) return false
      commands.acceptVersionOf(index)
      return true
    },

    relabelGold: (labelId: string): void => changeGold((span) => ({ ...span, label: labelId })),

    /** Moves the selected gold span's start or end by a whole word. */
    nudgeGold: (edge: 'start' | 'end', direction: -1 | 1): void => {
      const doc = store.get().review.doc
      if (!doc) return
      changeGold((span) => ({
        ...moveEdgeByWord(doc.text, span, edge, direction),
        label: span.label,
      }))
    },

    /** The selected gold span takes the boundaries of the text selection. */
    goldToSelection: (): void => {
      const { selection, session, review: state } = store.get()
      if (!selection || !state.doc) return
      const range = spanRange(
        state.doc.text,
        selection,
        session?.project?.settings.snapToWords ?? true,
      )
      if (range.end <= range.start) return
      changeGold((span) => ({ ...range, label: span.label }))
      store.update((current) => ({ ...current, selection: null }))
    },

    removeGold: (): void => {
      const doc = store.get().review.doc
      const span = selectedGold()
      if (doc && span) edit(removeGoldSpan(span, doc.gold, context(doc)))
    },

    /** Delete/Backspace/X: the selected gold span out, else the current group rejected. */
    deleteOrReject: (): boolean => {
      if (selectedGold()) commands.removeGold()
      else if (currentGroup()) commands.rejectCurrent()
      else return false
      return true
    },

    undo: (): void => step((history) => takeUndo(history, invertGoldEdit)),
    redo: (): void => step(takeRedo),
  }
  return commands
}

export type ReviewDecisionCommands = ReturnType<typeof createReviewDecisionCommands>
