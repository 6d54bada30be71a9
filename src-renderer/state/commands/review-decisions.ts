import { acceptDocLabel } from './accept-doc-label'
import { labelForKey } from '@core/labels/label-set'
import { acceptVersion, rejectGroup } from '@core/review/adjudicate'
import { acceptAgreedWithRelations } from '@core/review/accept-relation'
import type { GoldEdit } from '@core/review/gold-edit'
import { majorityEdit } from '@core/review/majority'
import type { ReviewGroup } from '@core/review/review-group'

import type { CommandContext } from '../context'
import { unwrap } from '../context'
import { createGoldEditor } from '../gold-editor'
import { nextOpenGroup } from '../review-selectors'
import type { ReviewDoc } from '../review-state'
import type { SaveQueue } from '../save-queue'
import type { ReviewCommands } from './review'
import { createGoldSpanCommands } from './review-gold'
import { createRelationReviewCommands } from './review-relations'
import { relationComparisons } from '../review-relations'

/** Deciding: accept, reject, edit gold, the majority pass, and undo/redo of all of them. */
export function createReviewDecisionCommands(
  ctx: CommandContext,
  saves: SaveQueue,
  review: ReviewCommands,
) {
  const { store, client } = ctx
  const editor = createGoldEditor(ctx, saves)
  const gold = createGoldSpanCommands(ctx, editor, review)

  const currentGroup = (): ReviewGroup | null => {
    const { doc, groupId } = store.get().review
    return doc?.groups.find((group) => group.id === groupId) ?? null
  }

  /** After a decision: on to the next open disagreement, as a reviewer works through a queue. */
  const decideAndAdvance = (make: (group: ReviewGroup, doc: ReviewDoc) => GoldEdit): void => {
    const doc = store.get().review.doc
    const group = currentGroup()
    if (!doc || !group) return
    if (!editor.edit(make(group, doc))) return
    const after = store.get().review.doc
    const next = after && nextOpenGroup(after, group)
    if (next) review.selectGroup(next.id, true)
  }

  const labelOfKey = (key: string) => labelForKey(store.get().session?.project?.labels ?? [], key)

  const commands = {
    ...gold,
    ...createRelationReviewCommands(store, editor),
    acceptDocLabel: acceptDocLabel(store, editor),

    /** Takes the version of the `index`-th annotator under review (0-based) for the group. */
    acceptVersionOf: (index: number): void => {
      const annotator = store.get().review.doc?.layers[index]?.annotator
      if (annotator === undefined) return
      decideAndAdvance((group, doc) =>
        acceptVersion(group, annotator, doc.gold, editor.context(doc)),
      )
    },

    /** Rejects every version of the current group. */
    rejectCurrent: (): void =>
      decideAndAdvance((group, doc) => rejectGroup(group, doc.gold, editor.context(doc))),

    /** Accepts every undecided agreed span of the document in one step. */
    acceptAllAgreed: (): void => {
      const doc = store.get().review.doc
      if (doc) {
        const relations = relationComparisons(doc)
        editor.edit(acceptAgreedWithRelations(doc.groups, relations, doc.gold, editor.context(doc)))
      }
    },

    /** The majority pass on the open document, as one undoable step. */
    majorityHere: (): void => {
      const doc = store.get().review.doc
      if (!doc) return
      editor.edit(majorityEdit(doc.groups, doc.layers.length, doc.gold, editor.context(doc)).edit)
    },

    /** The majority pass on every document (not undoable: it says what it did). */
    majorityEverywhere: async () => {
      const { annotators } = store.get().review
      const summary = unwrap(ctx, await client.adjudicateMajority({ annotators: [...annotators] }))
      if (summary) await review.refresh()
      return summary
    },

    /**
     * 1–9: with text selected, a gold span with that label; with a gold span selected, its
     * new label; else that annotator's version of the current group.
     */
    pressDigit: (key: string): boolean => {
      const { selection, review: state } = store.get()
      if (selection || editor.selectedSpan()) {
        const label = labelOfKey(key)
        if (!label) return false
        if (selection) gold.addFromSelection(label.id)
        else gold.relabelGold(label.id)
        return true
      }
      const index = Number(key) - 1
      if (!state.doc?.layers[index] || !currentGroup()) return false
      commands.acceptVersionOf(index)
      return true
    },

    /** Delete/Backspace/X: the selected gold span out, else the current group rejected. */
    deleteOrReject: (): boolean => {
      if (editor.selectedSpan()) gold.removeGold()
      else if (currentGroup()) commands.rejectCurrent()
      else return false
      return true
    },

    undo: editor.undo,
    redo: editor.redo,
  }
  return commands
}

export type ReviewDecisionCommands = ReturnType<typeof createReviewDecisionCommands>
