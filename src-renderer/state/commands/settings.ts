import type { Label } from '@core/labels/label'
import type { RelationType } from '@core/relations/relation'

import type { CommandContext } from '../context'
import { unwrap } from '../context'
import type { DocumentCommands } from './documents'
import type { SessionCommands } from './session'

export function createSettingsCommands(
  ctx: CommandContext,
  session: SessionCommands,
  documents: DocumentCommands,
) {
  const { store, client } = ctx

  const commands = {
    setSnapToWords: async (snapToWords: boolean): Promise<void> => {
      const project = unwrap(ctx, await client.updateProject({ settings: { snapToWords } }))
      if (project) session.setProject(project)
    },

    /** Saves the label set; a label dropped from it takes this annotator's spans with it. */
    saveLabels: async (labels: readonly Label[]): Promise<boolean> => {
      const before = store.get().session?.project?.labels ?? []
      const project = unwrap(ctx, await client.updateProject({ labels: [...labels] }))
      if (!project) return false
      session.setProject(project)
      const removed = before.some((old) => !labels.some((label) => label.id === old.id))
      if (removed) {
        // Spans went with the label: the undo steps that mention them no longer apply.
        store.update((state) => ({ ...state, histories: {}, selectedSpanId: null }))
        await documents.refreshDocuments()
        const open = store.get().doc
        if (open) await documents.openDocument(open.entry.id)
      }
      return true
    },

    /**
     * Saves the relation types. The picker, the arcs and the relation list read them from the
     * project, so they change at once; relations of a dropped type stay (shown as not defined).
     */
    saveRelationTypes: async (relationTypes: readonly RelationType[]): Promise<boolean> => {
      const project = unwrap(ctx, await client.updateProject({ relationTypes: [...relationTypes] }))
      if (!project) return false
      session.setProject(project)
      return true
    },

    countLabelUsage: async (
      labelId: string,
    ): Promise<{ readonly spans: number; readonly documents: number } | null> =>
      unwrap(ctx, await client.countLabelUsage({ labelId })),
  }
  return commands
}

export type SettingsCommands = ReturnType<typeof createSettingsCommands>
