import type { CommandContext } from '../context'
import { unwrap } from '../context'

/** Reads the gold spans of `docId` for "compare with gold" (if it is still on and open). */
export async function loadGoldFor(ctx: CommandContext, docId: string): Promise<void> {
  const { store, client } = ctx
  const file = unwrap(ctx, await client.getGold({ docId }))
  store.update((state) =>
    state.goldCompare.on && state.doc?.entry.id === docId
      ? { ...state, goldCompare: { on: true, docId, gold: file?.spans ?? null } }
      : state,
  )
}

/** The annotator's feedback loop: their spans against the adjudicated set. */
export function createGoldCompareCommands(ctx: CommandContext) {
  const { store } = ctx
  return {
    /** Turns "compare with gold" on (reading the open document's gold) or off. */
    setCompare: async (on: boolean): Promise<void> => {
      store.update((state) => ({ ...state, goldCompare: { on, docId: null, gold: null } }))
      const docId = store.get().doc?.entry.id
      if (on && docId !== undefined) await loadGoldFor(ctx, docId)
    },
  }
}
