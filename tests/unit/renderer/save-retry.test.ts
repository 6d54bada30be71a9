import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type { GlossClient } from '../../../src-main/contract/endpoints'
import type { Result } from '../../../src-main/core/result'
import { initialAppState, type AppState } from '../../../src-renderer/state/app-state'
import { createCommands, type Commands } from '../../../src-renderer/state/commands'
import { createStore, type Store } from '../../../src-renderer/state/create-store'
import { retryWaitMs } from '../../../src-renderer/state/save-retry'
import { createFakeClient, TEXT, type FakeClient } from './fake-client'

describe('the waits before a failed save is retried by itself', () => {
  it('start at 2 s and double after each failure in a row, up to a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(retryWaitMs)).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ])
  })
})

describe('a failed save', () => {
  let fake: FakeClient
  let store: Store<AppState>
  let commands: Commands
  let attempts: number
  let refuse: Result<never> | null

  beforeEach(async () => {
    vi.useFakeTimers()
    fake = createFakeClient()
    attempts = 0
    refuse = null
    const send = fake.client.applySpanChanges
    Object.assign(fake.client, {
      applySpanChanges: (input: Parameters<GlossClient['applySpanChanges']>[0]) => {
        attempts++
        return refuse === null ? send(input) : Promise.resolve(refuse)
      },
    })
    store = createStore(initialAppState)
    commands = createCommands({ store, client: fake.client })
    await commands.session.loadSession()
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  /** Labels "76,000 people" and lets the save go out (it waits for a frame, or 100 ms). */
  const labelAndSend = async () => {
    const start = TEXT.indexOf('76,000 people')
    commands.annotate.setSelection({ start, end: start + 13, exact: true })
    commands.annotate.pressLabelKey('2')
    await vi.advanceTimersByTimeAsync(100)
  }

  it('the disk refused is sent again by itself after 2 s, then 4 s, and is saved once the disk takes it', async () => {
    fake.failSaves = 'The disk is full.'
    await labelAndSend()
    expect(attempts).toBe(1)
    expect(store.get()).toMatchObject({
      save: { kind: 'failed', message: 'The disk is full. Free some space.' },
      saveRetrying: true,
    })

    await vi.advanceTimersByTimeAsync(1_999)
    expect(attempts).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(attempts).toBe(2)
    fake.failSaves = null
    await vi.advanceTimersByTimeAsync(4_000)

    expect(attempts).toBe(3)
    expect(store.get()).toMatchObject({ save: { kind: 'saved' }, saveRetrying: false })
    expect(fake.saved.map((changes) => changes.created[0]?.text)).toEqual(['76,000 people'])
    expect(store.get().doc?.spans.map((span) => span.text)).toEqual(['76,000 people'])
  })

  it('that retrying cannot mend (a conflict) waits for the analyst, the edit kept on screen', async () => {
    refuse = {
      ok: false,
      error: { code: 'conflict', message: 'The span changed meanwhile.', hint: 'Reload.' },
    }
    await labelAndSend()
    await vi.advanceTimersByTimeAsync(10 * 60_000)

    expect(attempts).toBe(1)
    expect(store.get()).toMatchObject({
      save: { kind: 'failed', message: 'The span changed meanwhile. Reload.' },
      saveRetrying: false,
    })
    expect(store.get().doc?.spans.map((span) => span.text)).toEqual(['76,000 people'])
  })

  it('is sent at once by Retry now, and then no retry is left waiting', async () => {
    fake.failSaves = 'The disk is full.'
    await labelAndSend()
    fake.failSaves = null

    commands.annotate.retrySave()
    await commands.savesSettled()
    expect(attempts).toBe(2)
    expect(store.get().save).toEqual({ kind: 'saved' })
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(attempts).toBe(2)
  })
})
