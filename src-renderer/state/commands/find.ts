import { findLabel } from '@core/labels/label-set'
import { counted } from '@core/project/merge-wording'
import { tagMatches, type TagMatchesPlan } from '@core/spans/tag-matches'
import type { TextRange } from '@core/text/snap-to-words'

import type { AppState } from '../app-state'
import type { CommandContext } from '../context'
import { currentIndex, findResults, firstMatchFrom } from '../find-results'
import type { FindState } from '../find-state'
import { spanRange, type AnnotateCommands } from './annotate'

/** Tagging more matches than this at once asks first. */
export const TAG_ALL_WITHOUT_ASKING = 10

// A selection this short and on one line is what the analyst wants to find when they open the bar.
const PREFILL_LIMIT = 100

const labelName = (state: AppState, id: string): string =>
  findLabel(state.session?.project?.labels ?? [], id)?.name ?? id

function taggedNotice(name: string, created: number, skipped: number): string {
  if (created === 0) {
    return skipped === 1
      ? `The match is already tagged as ${name}.`
      : `All ${counted(skipped, 'match', 'matches')} are already tagged as ${name}.`
  }
  const tagged = `Tagged ${counted(created, 'match', 'matches')} as ${name}`
  if (skipped === 0) return `${tagged}.`
  return `${tagged}; ${counted(skipped, 'was', 'were')} already.`
}

/** The annotate view's find bar: the query, the current match, and tagging every match. */
export function createFindCommands(ctx: CommandContext, annotate: AnnotateCommands) {
  const { store } = ctx

  const setFind = (patch: Partial<FindState>): void =>
    store.update((state) => ({ ...state, find: { ...state.find, ...patch } }))

  const matchesNow = () => {
    const { doc, find } = store.get()
    return doc ? findResults(doc.text, find) : []
  }

  /** Scrolls the current match into view (which also clears a selection: the match is shown instead). */
  const revealCurrent = (): void => {
    const matches = matchesNow()
    const match = matches[currentIndex(store.get().find, matches)]
    if (match) annotate.revealRange(match.start, match.end)
  }

  /** A new search: the first match from where the analyst was becomes the current one. */
  const search = (patch: Partial<FindState>): void => {
    setFind({ ...patch, question: null, notice: null })
    setFind({ current: firstMatchFrom(matchesNow(), store.get().find.anchor) })
    revealCurrent()
  }

  /** The spans tagging every match with the label would add, with fresh ids. */
  const planFor = (labelId: string): TagMatchesPlan | null => {
    const { doc } = store.get()
    if (!doc) return null
    const now = new Date().toISOString()
    return tagMatches(doc.layout, doc.text, matchesNow(), labelId, {
      newId: () => crypto.randomUUID(),
      now,
    })
  }

  const tag = (labelId: string, plan: TagMatchesPlan): void => {
    annotate.applyEdit(plan.changes)
    const name = labelName(store.get(), labelId)
    setFind({
      question: null,
      notice: taggedNotice(name, plan.changes.created.length, plan.skipped),
    })
  }

  return {
    /** Ctrl/Cmd+F: opens the bar (or focuses it), with a short selection as the query. */
    open: (): void => {
      const { doc, selection, selectedSpanId, find, session } = store.get()
      const selected = doc?.spans.find((span) => span.id === selectedSpanId)
      const snap = session?.project?.settings.snapToWords ?? true
      // The selection as a label would take it: snapped, so a sloppy drag finds whole words.
      const range = doc && selection ? spanRange(doc.text, selection, snap) : null
      const picked = doc && range ? doc.text.slice(range.start, range.end) : ''
      const prefill =
        picked.trim() !== '' && picked.length <= PREFILL_LIMIT && !picked.includes('\n')
      const anchor = range?.start ?? selected?.start ?? find.anchor
      setFind({ open: true, anchor, focusSeq: find.focusSeq + 1 })
      if (prefill) search({ query: picked })
      else if (!find.open) search({})
    },

    /** Esc: the bar and its highlights go; the query is kept for the next Ctrl/Cmd+F. */
    close: (): boolean => {
      if (!store.get().find.open) return false
      setFind({ open: false, question: null, notice: null })
      return true
    },

    setQuery: (query: string): void => search({ query }),

    setCaseSensitive: (caseSensitive: boolean): void => search({ caseSensitive }),

    setWholeWord: (wholeWord: boolean): void => search({ wholeWord }),

    /**
     * Enter / F3 (1) and Shift+Enter / Shift+F3 (-1), wrapping round at either end; `false`
     * when the bar is closed (the key is not the bar's then).
     */
    step: (by: 1 | -1): boolean => {
      const { find } = store.get()
      if (!find.open) return false
      const matches = matchesNow()
      if (matches.length === 0) return true
      const next = (currentIndex(find, matches) + by + matches.length) % matches.length
      setFind({ current: next, anchor: (matches[next] as TextRange).start, notice: null })
      revealCurrent()
      return true
    },

    /**
     * Tags every match with the label, as one edit (one save, one undo step); more than
     * `TAG_ALL_WITHOUT_ASKING` new spans are asked about first (`question`).
     */
    tagAll: (labelId: string): void => {
      if (!store.get().find.open || matchesNow().length === 0) return
      const plan = planFor(labelId)
      if (!plan) return
      const count = plan.changes.created.length
      if (count <= TAG_ALL_WITHOUT_ASKING) tag(labelId, plan)
      else setFind({ question: { labelId, count, skipped: plan.skipped }, notice: null })
    },

    /** Yes to the question: the matches are planned again, in case the spans changed meanwhile. */
    confirmTagAll: (): void => {
      const question = store.get().find.question
      const plan = question && planFor(question.labelId)
      if (question && plan) tag(question.labelId, plan)
    },

    cancelTagAll: (): void => setFind({ question: null }),
  }
}

export type FindCommands = ReturnType<typeof createFindCommands>
