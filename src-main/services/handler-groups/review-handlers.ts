import type { Handlers } from '../../contract/endpoints'
import { GOLD } from '../export/select-dataset'
import { backedUp } from '../backups/backed-up'
import { adjudicateMajority } from '../review/adjudicate-majority'
import { readDocumentLayers, reviewAnnotators } from '../review/review-layers'
import { summarizeReview } from '../review/review-summary'
import { saveGoldEdit } from '../review/save-gold'
import type { SessionContext } from '../session/session-context'
import { GOLD_LAYER } from '../watch/folder-roles'

type ReviewHandlers = Pick<
  Handlers,
  'listReview' | 'getReviewDocument' | 'applyGoldEdit' | 'adjudicateMajority' | 'getGold'
>

/** Review: colleagues' layers side by side, the gold layer, and the majority pass. */
export function reviewHandlers(session: SessionContext): ReviewHandlers {
  return {
    async listReview({ annotators }) {
      const store = await session.project()
      const chosen = await reviewAnnotators(store, annotators)
      return { annotators: chosen, documents: await summarizeReview(store, chosen) }
    },
    async getReviewDocument({ docId, annotators }) {
      const store = await session.project()
      const chosen = await reviewAnnotators(store, annotators)
      const entry = await store.findDocument(docId)
      const [text, read] = await Promise.all([
        store.readText(entry),
        readDocumentLayers(store, entry, chosen),
      ])
      return { ...read, text }
    },
    async applyGoldEdit({ docId, annotators, edit }) {
      const store = await backedUp(session, docId, GOLD_LAYER)
      return saveGoldEdit(store, docId, edit, await reviewAnnotators(store, annotators))
    },
    async adjudicateMajority({ annotators, docs }) {
      const store = await session.project()
      return adjudicateMajority(store, {
        annotators: await reviewAnnotators(store, annotators),
        reviewer: session.annotator(),
        ...(docs !== undefined && { docs }),
      })
    },
    async getGold({ docId }) {
      const store = await session.project()
      await store.findDocument(docId)
      return store.readAnnotations(GOLD, docId)
    },
  }
}
