import type { ExportedDataset, Input } from '@contract/endpoints'

import type { CommandContext } from '../context'
import { unwrap } from '../context'
import { newWorkId } from '../work-progress'

export interface ExportOutcome {
  readonly dataset: ExportedDataset
  /** Where Electron saved it; `null` in the browser, where the page downloads it. */
  readonly savedPath: string | null
  readonly cancelled: boolean
}

export interface ExportProgress {
  readonly done: number
  readonly total: number
}

/** How often the dialog asks how far a running export has got. */
export const PROGRESS_INTERVAL_MS = 200

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createExportCommands(ctx: CommandContext) {
  const { store, client } = ctx
  let runningId: string | null = null

  /** Polls `exportProgress` until `stop()`; answers that arrive after it are dropped. */
  const watchProgress = (onProgress: (progress: ExportProgress) => void) => {
    let running = true
    void (async () => {
      while (running) {
        await delay(PROGRESS_INTERVAL_MS)
        if (!running) return
        const progress = await client.exportProgress({})
        if (running && progress.ok && progress.value) onProgress(progress.value)
      }
    })()
    return () => {
      running = false
    }
  }

  return {
    /**
     * Builds the dataset, reporting progress while the host works; in Electron also asks
     * where to save it and writes it there. `'cancelled'` when `cancel()` stopped the build
     * (nothing was written).
     */
    exportDataset: async (
      request: Input<'exportDataset'>,
      onProgress: (progress: ExportProgress) => void = () => undefined,
    ): Promise<ExportOutcome | 'cancelled' | null> => {
      const workId = newWorkId()
      runningId = workId
      const stop = watchProgress(onProgress)
      const built = await client.exportDataset({ ...request, workId })
      stop()
      if (runningId === workId) runningId = null
      if (!built.ok && built.error.code === 'cancelled') return 'cancelled'
      const dataset = unwrap(ctx, built)
      if (!dataset) return null
      if (store.get().session?.host !== 'electron') {
        return { dataset, savedPath: null, cancelled: false }
      }
      const { suggestedName, files } = dataset
      const saved = unwrap(ctx, await client.saveExport({ suggestedName, files: [...files] }))
      if (!saved) return null
      return { dataset, savedPath: saved.path, cancelled: saved.path === null }
    },

    /** Stops the export being built (Cancel, or Esc while it runs); a save dialog is not reached. */
    cancel: async (): Promise<void> => {
      if (runningId !== null) await client.cancelWork({ workId: runningId })
    },

    /** Every annotator with a layer in the project, for the "whose annotations" choice. */
    listAnnotators: async (): Promise<readonly string[]> =>
      unwrap(ctx, await client.listAnnotators({})) ?? [],
  }
}

export type ExportCommands = ReturnType<typeof createExportCommands>
