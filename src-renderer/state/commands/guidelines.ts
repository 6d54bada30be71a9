import type { CommandContext } from '../context'
import { unwrap } from '../context'

/** The project's Markdown guideline (`guidelines.md`): read for the panel, written in Settings. */
export function createGuidelineCommands(ctx: CommandContext) {
  const { store, client } = ctx
  return {
    /** G, or the Guidelines button: the panel of labels and the project guideline. */
    open: (): boolean => {
      if (!store.get().session?.project) return false
      store.update((state) => ({ ...state, dialog: { kind: 'guidelines' } }))
      return true
    },
    /** The guideline's Markdown; `null` when the project has none (or it cannot be read). */
    load: async (): Promise<string | null> =>
      unwrap(ctx, await client.getGuidelines({}))?.markdown ?? null,
    save: async (markdown: string): Promise<boolean> =>
      unwrap(ctx, await client.saveGuidelines({ markdown })) !== null,
  }
}

export type GuidelineCommands = ReturnType<typeof createGuidelineCommands>
