import { describe, expect, it } from 'vitest'

import type { GlossClient, ImportSummary, Input } from '../../../src-main/contract/endpoints'
import { initialAppState } from '../../../src-renderer/state/app-state'
import { createCommands } from '../../../src-renderer/state/commands'
import { createStore } from '../../../src-renderer/state/create-store'
import { createFakeClient } from './fake-client'

const sources = (count: number) =>
  Array.from({ length: count }, (_, n) => ({
    name: `article-${n}.txt`,
    size: 10,
    readBase64: async () => Buffer.from(`Article ${n}`).toString('base64'),
  }))

describe('cancelling an import', () => {
  it('keeps the batch being sent, sends no more, and lists the rest as not imported', async () => {
    const store = createStore(initialAppState)
    const sent: string[][] = []
    let commands: ReturnType<typeof createCommands> | null = null
    const client = {
      ...createFakeClient().client,
      importUploads: async ({ files }: Input<'importUploads'>) => {
        sent.push(files.map((file) => file.name))
        // The analyst presses Cancel while the first batch is on its way.
        commands?.imports.cancel()
        const summary: ImportSummary = {
          imported: files.length,
          duplicates: 0,
          refused: 0,
          outcomes: files.map((file) => ({ source: file.name, result: 'imported' as const })),
        }
        return { ok: true, value: summary }
      },
    } as unknown as GlossClient
    commands = createCommands({ store, client })

    await commands.imports.importUploads(sources(45))

    expect(sent.map((batch) => batch.length)).toEqual([20])
    const dialog = store.get().dialog
    if (dialog?.kind !== 'import-summary') throw new Error('the summary should be shown')
    expect([dialog.summary.imported, dialog.summary.refused]).toEqual([20, 25])
    expect(dialog.summary.outcomes[20]).toEqual({
      source: 'article-20.txt',
      result: 'refused',
      reason: 'Not imported: the import was cancelled before this file.',
    })
    expect(store.get().importProgress).toBeNull()
  })
})
