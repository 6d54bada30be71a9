import type { Relation } from '@core/relations/relation'
import { relationTypesOf } from '@core/relations/relation-types'
import { indexOfSpan } from '@core/spans/span-layout'

import type { AppState } from '../app-state'
import type { CommandContext } from '../context'
import type { RelationDraft } from '../relation-draft'
import type { AnnotateCommands } from './annotate'

const NO_SPAN_CHANGES = { created: [], updated: [], deleted: [] } as const

/** The draft, if it still starts at a span of the open document. */
function liveDraft(state: AppState): RelationDraft | null {
  const { linking, doc } = state
  if (!linking || !doc || indexOfSpan(doc.layout, linking.from) < 0) return null
  return linking
}

/**
 * Drawing relations: R on the selected span starts one, a click on another span (or the
 * arrows and Enter) picks its other end, then a type is picked by key or button; Escape
 * cancels. Making and deleting go through the annotate edits, so each is one undo step.
 */
export function createRelationCommands(ctx: CommandContext, annotate: AnnotateCommands) {
  const { store } = ctx
  const setDraft = (linking: RelationDraft | null): void =>
    store.update((state) => ({ ...state, linking }))

  const commands = {
    /** The relation being drawn, if any. */
    draft: (): RelationDraft | null => liveDraft(store.get()),

    /** A digit while picking the type: the project's n-th relation type (1-based). */
    pickNth: (n: number): boolean => {
      const project = store.get().session?.project
      const type = project ? relationTypesOf(project)[n - 1] : undefined
      if (!type || liveDraft(store.get())?.stage !== 'type') return false
      commands.pickType(type.id)
      return true
    },

    /** R: starts a relation from the selected span; `false` when no span is selected. */
    start: (): boolean => {
      const from = store.get().selectedSpanId
      if (from === null) return false
      setDraft({ from, target: null, stage: 'target' })
      return true
    },

    cancel: (): boolean => {
      if (store.get().linking === null) return false
      setDraft(null)
      return true
    },

    /** The other end, clicked: the type is asked next. A click on the first end does nothing. */
    chooseTarget: (spanId: string): void => {
      const draft = liveDraft(store.get())
      if (!draft || spanId === draft.from) return
      setDraft({ ...draft, target: spanId, stage: 'type' })
    },

    /** Arrows while choosing: the next or previous span in text order becomes the target. */
    moveTarget: (delta: 1 | -1): void => {
      const state = store.get()
      const draft = liveDraft(state)
      const spans = state.doc?.spans ?? []
      if (!draft || spans.length < 2) return
      const here = indexOfSpan(state.doc!.layout, draft.target ?? draft.from)
      let at = here
      do at = (at + delta + spans.length) % spans.length
      while (spans[at]?.id === draft.from)
      setDraft({ ...draft, target: spans[at]?.id ?? null })
    },

    /** Enter while choosing: the target the arrows are on is the other end. */
    confirmTarget: (): boolean => {
      const draft = liveDraft(store.get())
      if (!draft || draft.target === null) return false
      setDraft({ ...draft, stage: 'type' })
      return true
    },

    /** Makes the relation of type `typeId` and selects its first end again. */
    pickType: (typeId: string): void => {
      const state = store.get()
      const draft = liveDraft(state)
      const project = state.session?.project
      if (!draft || draft.target === null || !project) return
      if (!relationTypesOf(project).some((type) => type.id === typeId)) return
      const relation: Relation = {
        id: crypto.randomUUID(),
        type: typeId,
        from: draft.from,
        to: draft.target,
        createdAt: new Date().toISOString(),
      }
      setDraft(null)
      annotate.applyEdit({ ...NO_SPAN_CHANGES, relations: { created: [relation], deleted: [] } })
      annotate.selectSpan(draft.from)
    },

    /** Deletes one relation (its spans stay); undo brings it back. */
    remove: (relationId: string): void => {
      const relation = store.get().doc?.relations.find((item) => item.id === relationId)
      if (!relation) return
      annotate.applyEdit({ ...NO_SPAN_CHANGES, relations: { created: [], deleted: [relation] } })
    },
  }
  return commands
}

export type RelationCommands = ReturnType<typeof createRelationCommands>
