import { labelForKey } from '@core/labels/label-set'
import { applyDocLabelChanges } from '@core/doc-labels/apply-doc-labels'
import type { DocLabels } from '@core/doc-labels/doc-label'
import { GlossFailure } from '@core/failure'
import { withRelationsOfDeleted } from '@core/relations/cascade'
import { editedRelations } from '@core/relations/relation-changes'
import { invertChangeSet, isEmptyChangeSet } from '@core/spans/change-set'
import type { Relation } from '@core/relations/relation'
import type { Span, SpanChangeSet } from '@core/spans/span'
import { spanWithRange } from '@core/spans/same-range-span'
import { indexOfSpan, layoutSpans, patchSpanLayout, type SpanLayout } from '@core/spans/span-layout'
import { snapSelection } from '@core/text/snap-selection'

import type { AppState, History, TextSelection } from '../app-state'
import type { CommandContext } from '../context'
import { unwrap } from '../context'
import { emptyHistory, recordEdit, takeRedo, takeUndo, type Step } from '../history'
import type { SaveQueue } from '../save-queue'
import { withLabelCounts } from '../label-counts'
import { withDocLabelsShown } from '../doc-labels'

const newSpanId = (): string => crypto.randomUUID()

const noChanges: SpanChangeSet = { created: [], updated: [], deleted: [] }

/** The document with its spans laid out anew (and its list entry's count); see `withLayout`. */
export const withSpans = (state: AppState, spans: readonly Span[]): AppState =>
  withLayout(state, layoutSpans(spans))

/** The document with its new layout (and its list entry's count), selection kept if it still exists. */
export function withLayout(state: AppState, layout: SpanLayout): AppState {
  if (!state.doc) return state
  const docId = state.doc.entry.id
  const selectedGone =
    state.selectedSpanId !== null && indexOfSpan(layout, state.selectedSpanId) < 0
  return {
    ...state,
    doc: { ...state.doc, spans: layout.spans, layout },
    selectedSpanId: selectedGone ? null : state.selectedSpanId,
    documents: state.documents.map((item) =>
      item.id === docId ? { ...item, spanCount: layout.spans.length } : item,
    ),
  }
}

/** The open document with its relations as they are after an edit. */
const withRelations = (state: AppState, relations: readonly Relation[]): AppState =>
  state.doc ? { ...state, doc: { ...state.doc, relations } } : state

/** The character range a selection labels: snapped (`snapSelection`) unless told otherwise. */
export function spanRange(
  text: string,
  selection: TextSelection,
  snap: boolean,
): { readonly start: number; readonly end: number } {
  if (!snap || selection.exact) return { start: selection.start, end: selection.end }
  return snapSelection(text, selection.start, selection.end)
}

export function createAnnotateCommands(ctx: CommandContext, saves: SaveQueue) {
  const { store } = ctx

  /**
   * Applies a change set to the open document at once and queues its save; `history` is
   * what the undo stacks become. A change set that no longer fits the spans (core refuses
   * it as a conflict) changes nothing and is reported.
   */
  const apply = (changes: SpanChangeSet, history: (current: History) => History): void => {
    const doc = store.get().doc
    if (!doc || isEmptyChangeSet(changes)) return
    let layout: SpanLayout
    let docLabels: DocLabels | undefined
    let relations: readonly Relation[]
    try {
      layout = patchSpanLayout(doc.layout, changes)
      docLabels = applyDocLabelChanges(doc.docLabels, changes.docLabels, 'strict')
      relations = editedRelations(doc.relations, changes.relations, 'strict') ?? []
    } catch (error) {
      if (!(error instanceof GlossFailure)) throw error
      unwrap(ctx, { ok: false, error: error.toError() })
      return
    }
    const docId = doc.entry.id
    store.update((state) => ({
      ...withRelations(
        withLabelCounts(withDocLabelsShown(withLayout(state, layout), docLabels), docId, changes),
        relations,
      ),
      histories: {
        ...state.histories,
        [docId]: history(state.histories[docId] ?? emptyHistory),
      },
    }))
    saves.enqueue(docId, changes)
  }

  /** A new edit by the analyst: applied, saved, and undoable. */
  const edit = (edited: SpanChangeSet): void => {
    // A deleted span takes its relations along, in the same undo step.
    const changes = withRelationsOfDeleted(edited, store.get().doc?.relations ?? [])
    apply(changes, (h) => recordEdit(h, changes))
  }

  const step = (take: (history: History) => Step<SpanChangeSet> | null): void => {
    const doc = store.get().doc
    if (!doc) return
    const taken = take(store.get().histories[doc.entry.id] ?? emptyHistory)
    if (!taken) return
    store.update((state) => ({ ...state, selection: null }))
    apply(taken.changes, () => taken.history)
  }

  const findSpan = (id: string | null): Span | undefined =>
    id === null ? undefined : store.get().doc?.spans.find((span) => span.id === id)

  const touch = (span: Span, patch: Partial<Span>): Span => ({
    ...span,
    ...patch,
    updatedAt: new Date().toISOString(),
  })

  const commands = {
    setSelection: (selection: TextSelection | null): void => {
      store.update((state) => ({
        ...state,
        selection,
        selectedSpanId: selection ? null : state.selectedSpanId,
      }))
    },

    selectSpan: (spanId: string | null, reveal = false): void => {
      store.update((state) => ({
        ...state,
        selectedSpanId: spanId,
        selection: null,
        revealSeq: reveal ? state.revealSeq + 1 : state.revealSeq,
        revealAt: reveal ? null : state.revealAt,
      }))
    },

    /** Brings a stretch of the text into view without selecting anything. */
    revealRange: (start: number, end: number): void => {
      store.update((state) => ({
        ...state,
        selectedSpanId: null,
        selection: null,
        revealSeq: state.revealSeq + 1,
        revealAt: { start, end },
      }))
    },

    /** Labels the current selection; a span with the same range and label is not doubled. */
    createSpan: (labelId: string): void => {
      const { doc, selection, session } = store.get()
      if (!doc || !selection) return
      const snap = session?.project?.settings.snapToWords ?? true
      const { start, end } = spanRange(doc.text, selection, snap)
      if (end <= start) return
      const same = spanWithRange(doc.layout, start, end, labelId)
      if (same) {
        commands.selectSpan(same.id)
        return
      }
      const now = new Date().toISOString()
      const span: Span = {
        id: newSpanId(),
        start,
        end,
        label: labelId,
        text: doc.text.slice(start, end),
        createdAt: now,
        updatedAt: now,
      }
      edit({ ...noChanges, created: [span] })
      commands.selectSpan(span.id)
    },

    relabelSpan: (spanId: string, labelId: string): void => {
      const span = findSpan(spanId)
      if (!span || span.label === labelId) return
      edit({ ...noChanges, updated: [{ old: span, new: touch(span, { label: labelId }) }] })
    },

    setNote: (spanId: string, note: string): void => {
      const span = findSpan(spanId)
      const trimmed = note.trim()
      if (!span || (span.note ?? '') === trimmed) return
      // An emptied note is removed (undefined is dropped when the span is written).
      edit({
        ...noChanges,
        updated: [{ old: span, new: touch(span, { note: trimmed || undefined }) }],
      })
    },

    deleteSpan: (spanId: string): void => {
      const span = findSpan(spanId)
      if (span) edit({ ...noChanges, deleted: [span] })
    },

    /** Delete/Backspace: removes the selected span, if there is one. */
    deleteSelected: (): boolean => {
      const spanId = store.get().selectedSpanId
      if (!spanId) return false
      commands.deleteSpan(spanId)
      return true
    },

    /** A label key (1–9): labels the selection, or relabels the selected span. */
    pressLabelKey: (key: string): boolean => {
      const { session, selection, selectedSpanId } = store.get()
      const label = labelForKey(session?.project?.labels ?? [], key)
      if (!label) return false
      if (selection) commands.createSpan(label.id)
      else if (selectedSpanId) commands.relabelSpan(selectedSpanId, label.id)
      else return false
      return true
    },

    /** A whole change set made by the analyst at once (e.g. tag all matches): one undo step. */
    applyEdit: edit,

    undo: (): void => step((history) => takeUndo(history, invertChangeSet)),
    redo: (): void => step(takeRedo),
    retrySave: (): void => saves.retry(),
  }
  return commands
}

export type AnnotateCommands = ReturnType<typeof createAnnotateCommands>
