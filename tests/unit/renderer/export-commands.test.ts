import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { ExportedDataset, GlossClient, Input } from '../../../src-main/contract/endpoints'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { createFakeClient, SESSION } from './fake-client'

const DATASET: ExportedDataset = {
  suggestedName: 'demo-brat',
  files: [
    { path: 'annotation.conf', content: '[entities]\n' },
    { path: '0123456789abcdef.ann', content: '' },
  ],
  documents: 1,
  spans: 0,
  offsetUnit: 'codepoints',
  warnings: [],
}

const REQUEST: Input<'exportDataset'> = { format: 'brat', source: 'me' }

/** A host whose export takes `ms` and whose progress moves one document per poll. */
function slowHost(ms: number) {
  const calls = { progress: 0, saved: [] as Input<'saveExport'>[] }
  const client = {
    ...createFakeClient().client,
    exportDataset: () =>
      new Promise((resolve) => setTimeout(() => resolve({ ok: true, value: DATASET }), ms)),
    exportProgress: async () => {
      calls.progress++
      return { ok: true, value: { done: calls.progress, total: 10 } }
    },
    saveExport: async (input: Input<'saveExport'>) => {
      calls.saved.push(input)
      return { ok: true, value: { path: '/home/lan/demo-brat' } }
    },
  } as unknown as GlossClient
  return { client, calls }
}

describe('export commands', () => {
  let store: Store<AppState>

  beforeEach(() => {
    vi.useFakeTimers()
    store = createStore(initialAppState)
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('asks for progress every 200 ms while the export runs, and never after', async () => {
    const { client, calls } = slowHost(700)
    const commands = createCommands({ store, client })
    const seen: string[] = []

    const outcome = commands.exports.exportDataset(REQUEST, (p) =>
      seen.push(`${p.done}/${p.total}`),
    )
    await vi.advanceTimersByTimeAsync(700)
    expect(await outcome).toEqual({ dataset: DATASET, savedPath: null, cancelled: false })
    await vi.advanceTimersByTimeAsync(1_000)

    expect(seen).toEqual(['1/10', '2/10', '3/10'])
    expect(calls.progress).toBe(3)
  })

  it('in Electron hands every file to saveExport and reports where they went', async () => {
    const { client, calls } = slowHost(0)
    store.update((state) => ({ ...state, session: { ...SESSION, host: 'electron' } }))
    const commands = createCommands({ store, client })

    const outcome = commands.exports.exportDataset(REQUEST)
    await vi.advanceTimersByTimeAsync(0)

    expect(await outcome).toEqual({
      dataset: DATASET,
      savedPath: '/home/lan/demo-brat',
      cancelled: false,
    })
    expect(calls.saved).toEqual([{ suggestedName: 'demo-brat', files: DATASET.files }])
  })

  it('shows a failed export in the error list and yields nothing', async () => {
    const client = {
      ...createFakeClient().client,
      exportDataset: async () => ({
        ok: false,
        error: { code: 'invalid-input', message: 'No such annotator: minh' },
      }),
      exportProgress: async () => ({ ok: true, value: null }),
    } as unknown as GlossClient
    const commands = createCommands({ store, client })

    expect(await commands.exports.exportDataset(REQUEST)).toBeNull()
    expect(store.get().errors.map((shown) => shown.error.message)).toEqual([
      'No such annotator: minh',
    ])
  })
})
