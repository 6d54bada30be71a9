import type { AppState } from '../app-state'
import type { Store } from '../create-store'
import type { GoldEditor } from '../gold-editor'

/**
 * Review: puts `value` into gold for the category of the open document (`null` clears it),
 * as one undoable gold edit saved with the others.
 */
export const acceptDocLabel =
  (store: Store<AppState>, editor: GoldEditor) =>
  (categoryId: string, value: string | null): void => {
    const doc = store.get().review.doc
    if (!doc) return
    const old = doc.gold.docLabels?.[categoryId] ?? null
    if (old === value) return
    editor.edit({
      spans: {
        created: [],
        updated: [],
        deleted: [],
        docLabels: [{ category: categoryId, old, new: value }],
      },
      decisions: [],
    })
  }
