import type { ImportOutcome, ImportSummary } from '@contract/endpoints'
import type { Result } from '@core/result'

import type { CommandContext } from '../context'
import { unwrap } from '../context'
import type { DocumentCommands } from './documents'

/** A file chosen or dropped in the page; its bytes are read only when its batch is sent. */
export interface UploadSource {
  readonly name: string
  readonly size: number
  readonly readBase64: () => Promise<string>
}

const MAX_FILES_PER_BATCH = 20
const MAX_BYTES_PER_BATCH = 8 * 1024 * 1024

/** Groups files into requests of at most 20 files or about 8 MB (one big file goes alone). */
export function batchUploads<T extends { readonly size: number }>(
  files: readonly T[],
  maxFiles = MAX_FILES_PER_BATCH,
  maxBytes = MAX_BYTES_PER_BATCH,
): T[][] {
  const batches: T[][] = []
  let current: T[] = []
  let bytes = 0
  for (const file of files) {
    if (current.length > 0 && (current.length >= maxFiles || bytes + file.size > maxBytes)) {
      batches.push(current)
      current = []
      bytes = 0
    }
    current.push(file)
    bytes += file.size
  }
  if (current.length > 0) batches.push(current)
  return batches
}

const emptySummary: ImportSummary = { imported: 0, duplicates: 0, refused: 0, outcomes: [] }

const merge = (a: ImportSummary, b: ImportSummary): ImportSummary => ({
  imported: a.imported + b.imported,
  duplicates: a.duplicates + b.duplicates,
  refused: a.refused + b.refused,
  outcomes: [...a.outcomes, ...b.outcomes],
})

const CANCELLED = 'Not imported: the import was cancelled before this file.'

const refusedBatch = (names: readonly string[], reason: string): ImportSummary => ({
  ...emptySummary,
  refused: names.length,
  outcomes: names.map((source): ImportOutcome => ({ source, result: 'refused', reason })),
})

export function createImportCommands(ctx: CommandContext, documents: DocumentCommands) {
  const { store, client } = ctx
  // Cancel stops before the next batch: the files already sent stay imported, whole.
  let cancelled = false

  /**
   * Sends the batches one by one with a progress bar, then shows one summary for all; after a
   * cancel, the files not sent are listed as not imported.
   */
  const runBatches = async <T extends { readonly size: number }>(
    items: readonly T[],
    nameOf: (item: T) => string,
    send: (batch: readonly T[]) => Promise<Result<ImportSummary>>,
  ): Promise<ImportSummary> => {
    let summary = emptySummary
    let done = 0
    cancelled = false
    store.update((state) => ({ ...state, importProgress: { done, total: items.length } }))
    for (const batch of batchUploads(items)) {
      if (cancelled) {
        summary = merge(summary, refusedBatch(batch.map(nameOf), CANCELLED))
        continue
      }
      const result = await send(batch)
      summary = merge(
        summary,
        result.ok ? result.value : refusedBatch(batch.map(nameOf), result.error.message),
      )
      done += batch.length
      store.update((state) => ({ ...state, importProgress: { done, total: items.length } }))
    }
    store.update((state) => ({
      ...state,
      importProgress: null,
      dialog: { kind: 'import-summary', summary },
    }))
    await documents.refreshDocuments()
    await documents.openFirstIfNone()
    return summary
  }

  return {
    /** Stops the running import after the batch being sent (the progress bar's Cancel). */
    cancel: (): void => {
      cancelled = true
    },

    /** Browser host and drag-and-drop: the files' bytes go to `importUploads`. */
    importUploads: async (sources: readonly UploadSource[]): Promise<void> => {
      if (sources.length === 0) return
      await runBatches(
        sources,
        (source) => source.name,
        async (batch) => {
          const files = await Promise.all(
            batch.map(async (source) => ({ name: source.name, base64: await source.readBase64() })),
          )
          return client.importUploads({ files })
        },
      )
    },

    /** Electron: native dialog, then the chosen paths in batches. */
    importPicked: async (kind: 'files' | 'folder'): Promise<void> => {
      const picked = unwrap(ctx, await client.pickImportPaths({ kind }))
      if (!picked || picked.paths.length === 0) return
      await runBatches(
        picked.paths.map((path) => ({ path, size: 0 })),
        (item) => item.path,
        (batch) => client.importPaths({ paths: batch.map((item) => item.path) }),
      )
    },
  }
}

export type ImportCommands = ReturnType<typeof createImportCommands>
