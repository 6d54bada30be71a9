import { acceptRelation } from '@core/review/accept-relation'

import type { AppState } from '../app-state'
import type { Store } from '../create-store'
import type { GoldEditor } from '../gold-editor'
import { relationComparisons } from '../review-relations'

/** Accepting the annotators' relations into gold, one at a time, through the gold editor. */
export function createRelationReviewCommands(store: Store<AppState>, editor: GoldEditor) {
  return {
    /**
     * Copies the relation with this key into gold between the gold spans of its groups, as
     * one undoable step; whether it did (not when an end has no gold span yet).
     */
    acceptRelation: (key: string): boolean => {
      const doc = store.get().review.doc
      const comparison = doc && relationComparisons(doc).find((item) => item.key === key)
      if (!doc || !comparison) return false
      return editor.edit(acceptRelation(comparison, doc.groups, doc.gold, editor.context(doc)))
    },
  }
}
