import type { MergeSummary } from '@core/project/merge-summary'

import type { CommandContext } from '../context'
import { unwrap } from '../context'
import type { DocumentCommands } from './documents'

/** Their layer's name → the name to merge it under. */
export type MergeRenames = Readonly<Record<string, string>>

export function createMergeCommands(ctx: CommandContext, documents: DocumentCommands) {
  const { store, client } = ctx

  /** The list gains documents and the open one may have gained spans: fetch both again. */
  const refreshAfter = async (summary: MergeSummary): Promise<void> => {
    const me = store.get().session?.annotator
    if (summary.layers.some((layer) => layer.as === me && layer.filesAdded > 0)) {
      // The analyst's own layer gained files under the undo stacks: undo must not reach them.
      store.update((state) => ({ ...state, histories: {} }))
    }
    await documents.reloadDocuments()
  }

  return {
    /** Electron: a native folder dialog for the colleague's project; `null` when cancelled. */
    pickMergeFolder: async (): Promise<string | null> =>
      unwrap(ctx, await client.pickProjectFolder({ purpose: 'merge' }))?.path ?? null,

    /** What merging the folder at `path` would do; nothing is written. `null` when it failed. */
    planMerge: async (path: string, renames: MergeRenames): Promise<MergeSummary | null> =>
      unwrap(ctx, await client.mergeProject({ path, renames, apply: false })),

    /**
     * Merges the folder, replaces the dialog with the summary and refreshes the document
     * list and the open document. `false` when it failed (the error is shown).
     */
    merge: async (path: string, renames: MergeRenames): Promise<boolean> => {
      const summary = unwrap(ctx, await client.mergeProject({ path, renames, apply: true }))
      if (!summary) return false
      store.update((state) => ({ ...state, dialog: { kind: 'merge-summary', summary } }))
      await refreshAfter(summary)
      return true
    },
  }
}

export type MergeCommands = ReturnType<typeof createMergeCommands>
