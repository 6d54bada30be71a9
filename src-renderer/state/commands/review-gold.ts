import { addGoldSpan, editGoldSpan, removeGoldSpan } from '@core/review/adjudicate'
import { setGoldAttribute } from '@core/review/gold-attributes'
import type { AttributeValue, Span } from '@core/spans/span'
import { moveEdgeByWord } from '@core/text/move-edge'

import type { CommandContext } from '../context'
import type { GoldEditor } from '../gold-editor'
import { spanRange } from './annotate'
import type { ReviewCommands } from './review'

type Range = { readonly start: number; readonly end: number; readonly label: string }

/** The reviewer's own hand on gold: adding a span, changing its label or boundaries, removing it. */
export function createGoldSpanCommands(
  ctx: CommandContext,
  editor: GoldEditor,
  review: ReviewCommands,
) {
  const { store } = ctx

  const selectedRange = () => {
    const { selection, session, review: state } = store.get()
    if (!selection || !state.doc) return null
    const snap = session?.project?.settings.snapToWords ?? true
    const range = spanRange(state.doc.text, selection, snap)
    return range.end > range.start ? range : null
  }

  const changeGold = (change: (span: Span) => Range): void => {
    const doc = store.get().review.doc
    const span = editor.selectedSpan()
    if (doc && span) editor.edit(editGoldSpan(span, change(span), editor.context(doc)))
  }

  return {
    /** A label key with text selected: that stretch, with that label, into gold. */
    addFromSelection: (labelId: string): void => {
      const doc = store.get().review.doc
      const range = selectedRange()
      if (!doc || !range) return
      const candidates = doc.groups.flatMap((group) => group.candidates)
      const change = addGoldSpan(
        { ...range, label: labelId },
        candidates,
        doc.gold,
        editor.context(doc),
      )
      store.update((current) => ({ ...current, selection: null }))
      editor.edit(change)
      const added = change.spans.created[0]
      if (added) review.selectGoldSpan(added.id)
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
      const range = selectedRange()
      if (!range) return
      changeGold((span) => ({ ...range, label: span.label }))
      store.update((current) => ({ ...current, selection: null }))
    },

    /** One attribute of the selected gold span set (`undefined`: cleared), one undo step. */
    setGoldAttribute: (name: string, value: AttributeValue | undefined): void => {
      const doc = store.get().review.doc
      const span = editor.selectedSpan()
      if (doc && span) editor.edit(setGoldAttribute(span, name, value, editor.context(doc)))
    },

    removeGold: (): void => {
      const doc = store.get().review.doc
      const span = editor.selectedSpan()
      if (doc && span) editor.edit(removeGoldSpan(span, doc.gold, editor.context(doc)))
    },
  }
}

export type GoldSpanCommands = ReturnType<typeof createGoldSpanCommands>
