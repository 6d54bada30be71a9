import type { CommandContext } from '../context'
import { unwrap } from '../context'
import type { SaveQueue } from '../save-queue'
import { withoutHistory } from '../without-history'
import type { DocumentCommands } from './documents'

/**
 * The two ways out of a save refused because the file changed on disk (DESIGN.md §3: keep
 * both versions). Both keep the version not chosen as a backup, which Restore… lists.
 */
export function createDiskConflictCommands(
  ctx: CommandContext,
  saves: SaveQueue,
  documents: DocumentCommands,
) {
  const { store, client } = ctx

  const resolve = async (keep: 'mine' | 'theirs') => {
    const doc = store.get().doc
    if (!doc || store.get().changedOnDisk !== doc.entry.id) return null
    const docId = doc.entry.id
    const settled = unwrap(
      ctx,
      await client.resolveDiskConflict({
        docId,
        keep,
        spans: [...doc.spans],
        status: doc.status,
        relations: [...doc.relations],
        docLabels: { ...doc.docLabels },
      }),
    )
    // The refused edits are in what was just kept; their saves must not be sent again.
    if (settled) saves.discard()
    return settled && { docId, settled }
  }

  return {
    /** "Keep mine": the spans on screen are saved over the file; theirs becomes a backup. */
    keepMine: async (): Promise<void> => {
      const done = await resolve('mine')
      if (!done) return
      saves.setBase(done.docId, done.settled.annotations.updatedAt)
      store.update((state) => ({ ...state, changedOnDisk: null }))
    },

    /** "Take theirs": the file on disk is shown; the analyst's version becomes a backup. */
    takeTheirs: async (): Promise<void> => {
      const done = await resolve('theirs')
      if (!done) return
      // The undo steps were made on the version set aside.
      store.update((state) => withoutHistory(state, done.docId))
      await documents.openDocument(done.docId)
    },
  }
}

export type DiskConflictCommands = ReturnType<typeof createDiskConflictCommands>
