import type { DocLabelCategory } from '@core/doc-labels/doc-label'
import { nextDocLabelValue } from '@core/doc-labels/cycle-value'

import type { CommandContext } from '../context'
import { unwrap } from '../context'
import type { AnnotateCommands } from './annotate'
import type { SessionCommands } from './session'

const NO_CATEGORIES: readonly DocLabelCategory[] = []

/** Document-level labels: set in the annotate view (one undo step each), defined in settings. */
export function createDocLabelCommands(
  ctx: CommandContext,
  annotate: AnnotateCommands,
  session: SessionCommands,
) {
  const { store, client } = ctx
  const categories = () => store.get().session?.project?.docLabels ?? NO_CATEGORIES

  const commands = {
    /** Gives the open document `value` in the category (`null`: no value), saved and undoable. */
    set: (categoryId: string, value: string | null): void => {
      const doc = store.get().doc
      if (!doc) return
      const old = doc.docLabels?.[categoryId] ?? null
      if (old === value) return
      annotate.applyEdit({
        created: [],
        updated: [],
        deleted: [],
        docLabels: [{ category: categoryId, old, new: value }],
      })
    },

    /** A click on a value: sets it, or clears it when it is the one set. */
    toggle: (categoryId: string, value: string): void => {
      const current = store.get().doc?.docLabels?.[categoryId] ?? null
      commands.set(categoryId, current === value ? null : value)
    },

    /** Shift+1…9: the n-th category moves on to its next value (after the last: none). */
    pressKey: (digit: string): boolean => {
      const category = categories()[Number(digit) - 1]
      const doc = store.get().doc
      if (!category || !doc) return false
      const current = doc.docLabels?.[category.id] ?? null
      commands.set(category.id, nextDocLabelValue(category, current))
      return true
    },

    /** Saves the project's categories (Settings). */
    saveCategories: async (docLabels: readonly DocLabelCategory[]): Promise<boolean> => {
      const project = unwrap(
        ctx,
        await client.updateProject({
          docLabels: docLabels.map((category) => ({ ...category, values: [...category.values] })),
        }),
      )
      if (!project) return false
      session.setProject(project)
      return true
    },
  }
  return commands
}

export type DocLabelCommands = ReturnType<typeof createDocLabelCommands>
