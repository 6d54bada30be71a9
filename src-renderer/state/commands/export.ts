import type { ExportedDataset } from '@contract/endpoints'

import type { CommandContext } from '../context'
import { unwrap } from '../context'

export interface ExportOutcome {
  readonly dataset: ExportedDataset
  /** Where Electron saved it; `null` in the browser, where the page downloads it. */
  readonly savedPath: string | null
  readonly cancelled: boolean
}

export function createExportCommands(ctx: CommandContext) {
  const { store, client } = ctx
  return {
    /** Builds the dataset; in Electron also asks where to save it and writes it there. */
    exportDataset: async (source: 'me' | 'all'): Promise<ExportOutcome | null> => {
      const dataset = unwrap(ctx, await client.exportDataset({ format: 'jsonl', source }))
      if (!dataset) return null
      if (store.get().session?.host !== 'electron') {
        return { dataset, savedPath: null, cancelled: false }
      }
      const { suggestedName, content } = dataset
      const saved = unwrap(ctx, await client.saveExport({ suggestedName, content }))
      if (!saved) return null
      return { dataset, savedPath: saved.path, cancelled: saved.path === null }
    },
  }
}

export type ExportCommands = ReturnType<typeof createExportCommands>
