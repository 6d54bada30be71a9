import type { ReviewDocument } from '@contract/endpoints'
import { groupCandidates } from '@core/review/group-candidates'

import { GOLD_LAYER } from '@core/review/review-records'

import type { AppState } from '../app-state'
import type { CommandContext } from '../context'
import { unwrap } from '../context'
import { newLayers, touchesDocument, touchesLayers } from '../disk-news'
import type { SaveQueue } from '../save-queue'
import { groupAt, nextOpenGroup, visibleGroups } from '../review-selectors'
import type { ReviewDoc, ReviewFilter, ReviewState } from '../review-state'

const withReview = (state: AppState, change: (review: ReviewState) => ReviewState): AppState => ({
  ...state,
  review: change(state.review),
})

/** The review's copy of a document as the host sent it, with its groups worked out once. */
export function toReviewDoc(opened: ReviewDocument): ReviewDoc {
  return {
    entry: opened.entry,
    text: opened.text,
    layers: opened.layers,
    notAnnotated: opened.notAnnotated,
    gold: {
      spans: opened.gold?.spans ?? [],
      decisions: opened.gold?.decisions ?? [],
      ...(opened.gold?.docLabels && { docLabels: opened.gold.docLabels }),
      ...(opened.gold?.relations && { relations: opened.gold.relations }),
    },
    groups: groupCandidates(opened.layers),
  }
}

/** Review mode: which annotators, which document, which group; loading and moving around. */
export function createReviewCommands(ctx: CommandContext, saves: SaveQueue) {
  const { store, client } = ctx
  const review = (): ReviewState => store.get().review
  const update = (change: (review: ReviewState) => ReviewState): void =>
    store.update((state) => withReview(state, change))

  const loadList = async (annotators: readonly string[]): Promise<boolean> => {
    const [available, listed] = await Promise.all([
      client.listAnnotators({}),
      client.listReview({ annotators: [...annotators] }),
    ])
    const names = unwrap(ctx, available)
    const list = unwrap(ctx, listed)
    if (!names || !list) return false
    update((current) => ({
      ...current,
      available: names,
      annotators: list.annotators,
      documents: list.documents,
    }))
    return true
  }

  const commands = {
    /** Reads the list and the open document again (after a change on disk, a merge, ...). */
    refresh: async (): Promise<void> => {
      if (!(await loadList(review().annotators))) return
      const { documents, doc, openingDocId } = review()
      // A document being opened (from a link, say) is what the reviewer asked for.
      if (openingDocId !== null) return
      const annotateDoc = store.get().doc?.entry.id
      const target =
        doc?.entry.id ??
        documents.find((item) => item.id === annotateDoc)?.id ??
        documents.find((item) => !item.adjudicated && item.annotated.length > 0)?.id ??
        documents[0]?.id
      if (target !== undefined) {
        await commands.openDocument(target, { keep: doc?.entry.id === target })
      }
    },

    /**
     * Opens review at one group of a document, comparing these annotators (every annotator
     * when none are given): where a link from the agreement figures leads.
     */
    openAt: async (docId: string, groupId: string, annotators: readonly string[]) => {
      update((current) => ({ ...current, openingDocId: docId }))
      if (!(await loadList(annotators))) return
      await commands.openDocument(docId, { groupId })
    },

    /**
     * What others changed on disk (a sync, git, the CLI): the list when any reviewed layer
     * changed, the open document when its layers or gold did. A document with gold edits
     * not saved yet is left as it is; they are saved on top of what is on disk.
     */
    applyDiskNews: async (): Promise<void> => {
      const { disk, view } = store.get()
      const { annotators, available, doc } = review()
      if (view !== 'review' || disk.seq === 0 || annotators.length === 0) return
      // A colleague's first layer (a sync, a copy) joins review when the reviewer compares
      // everyone; one who picked annotators keeps their pick.
      const everyone = available.every((name) => annotators.includes(name))
      const newcomers = everyone ? newLayers(disk, available) : []
      const compared = [...annotators, ...newcomers]
      const layers = [...compared, GOLD_LAYER]
      if (!touchesLayers(disk, layers)) return
      if (!(await loadList(compared))) return
      // The reviewer is on the way to another document: that one is read fresh anyway.
      if (review().openingDocId !== null || review().doc !== doc) return
      const docId = doc?.entry.id
      const reread = touchesDocument(disk, docId ?? '', layers) || newcomers.length > 0
      if (docId !== undefined && reread && saves.settled()) {
        await commands.openDocument(docId, { keep: true })
      }
    },

    /** Reviews these annotators (in this order) from now on. */
    chooseAnnotators: async (annotators: readonly string[]): Promise<void> => {
      if (!(await loadList(annotators))) return
      const docId = review().doc?.entry.id
      if (docId !== undefined) await commands.openDocument(docId)
    },

    /**
     * Opens a document for review at its first open disagreement, or at `place.groupId`, or
     * (`place.keep`) where the reviewer was, when that group is still there.
     */
    openDocument: async (
      docId: string,
      place: { readonly keep?: boolean; readonly groupId?: string } = {},
    ): Promise<void> => {
      const keepPlace = place.keep === true
      const shown = review().doc
      update((current) => ({ ...current, openingDocId: docId }))
      const opened = unwrap(
        ctx,
        await client.getReviewDocument({ docId, annotators: [...review().annotators] }),
      )
      if (review().openingDocId !== docId) return
      // Read again where the reviewer is (news from disk): an edit made while it was read is
      // newer than the answer, which would take it off the screen; the edit's save brings
      // its own news, and the document is read again then.
      if (keepPlace && (review().doc !== shown || !saves.settled())) {
        update((current) => ({ ...current, openingDocId: null }))
        return
      }
      const doc = opened && toReviewDoc(opened)
      store.update((state) =>
        withReview({ ...state, selection: keepPlace ? state.selection : null }, (current) => {
          const wanted = place.groupId ?? (keepPlace ? current.groupId : null)
          const kept = doc?.groups.find((group) => group.id === wanted)
          const first = doc ? (kept ?? nextOpenGroup(doc, null) ?? doc.groups[0] ?? null) : null
          return {
            ...current,
            openingDocId: null,
            doc,
            groupId: first?.id ?? null,
            goldSpanId: keepPlace ? current.goldSpanId : null,
            revealSeq: keepPlace ? current.revealSeq : current.revealSeq + 1,
          }
        }),
      )
    },

    /** J/K: the next or previous document in the review list. */
    stepDocument: async (delta: 1 | -1): Promise<void> => {
      const { documents, doc } = review()
      const at = documents.findIndex((item) => item.id === doc?.entry.id)
      const target = documents[Math.min(documents.length - 1, Math.max(0, at + delta))]
      if (target && target.id !== doc?.entry.id) await commands.openDocument(target.id)
    },

    setFilter: (filter: ReviewFilter): void => update((current) => ({ ...current, filter })),

    setShowGold: (showGold: boolean): void =>
      update((current) => ({
        ...current,
        showGold,
        goldSpanId: showGold ? current.goldSpanId : null,
      })),

    /** Makes a group the current one; `reveal` scrolls the text to it. */
    selectGroup: (groupId: string | null, reveal = false): void =>
      store.update((state) =>
        withReview({ ...state, selection: null }, (current) => ({
          ...current,
          groupId,
          goldSpanId: null,
          revealSeq: reveal ? current.revealSeq + 1 : current.revealSeq,
        })),
      ),

    selectGoldSpan: (spanId: string | null, reveal = false): void =>
      store.update((state) =>
        withReview({ ...state, selection: null }, (current) => ({
          ...current,
          goldSpanId: spanId,
          revealSeq: reveal ? current.revealSeq + 1 : current.revealSeq,
        })),
      ),

    /** A click in the text: the gold span there (when gold is shown), else the group there. */
    clickAt: (offset: number | null): void => {
      const { doc, showGold } = review()
      if (!doc || offset === null) return commands.selectGoldSpan(null)
      const gold = showGold
        ? doc.gold.spans
            .filter((span) => span.start <= offset && offset < span.end)
            .sort((a, b) => a.end - a.start - (b.end - b.start))[0]
        : undefined
      if (gold) return commands.selectGoldSpan(gold.id)
      const group = groupAt(doc, offset)
      if (group) commands.selectGroup(group.id)
      else commands.selectGoldSpan(null)
    },

    /** N/P: the next or previous group in the list, wrapping around. */
    stepGroup: (delta: 1 | -1): void => {
      const { doc, filter, groupId } = review()
      if (!doc) return
      const list = visibleGroups(doc, filter)
      if (list.length === 0) return
      const at = list.findIndex((group) => group.id === groupId)
      const current = doc.groups.find((group) => group.id === groupId)
      let index: number
      if (at >= 0) index = (at + delta + list.length) % list.length
      else if (current === undefined) index = delta === 1 ? 0 : list.length - 1
      else {
        // The current group left the list (it was just settled): go on from where it was.
        const after = list.findIndex((group) => group.start > current.start)
        index = delta === 1 ? (after < 0 ? 0 : after) : (after < 0 ? list.length : after) - 1
        if (index < 0) index = list.length - 1
      }
      commands.selectGroup((list[index] ?? list[0])!.id, true)
    },
  }
  return commands
}

export type ReviewCommands = ReturnType<typeof createReviewCommands>
