import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { startDiskPolling, type PollingPage } from '../../../src-renderer/state/disk-polling'

/** A page the test shows and hides. */
function fakePage() {
  let visible = true
  const listeners = new Set<() => void>()
  const page: PollingPage = {
    visible: () => visible,
    onVisibilityChange: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  const show = (shown: boolean): void => {
    visible = shown
    for (const listener of listeners) listener()
  }
  return { page, show, listeners }
}

describe('polling the disk for changes', () => {
  let polls: number
  const poll = async (): Promise<void> => {
    polls++
  }

  beforeEach(() => {
    vi.useFakeTimers()
    polls = 0
  })
  afterEach(() => vi.useRealTimers())

  it('asks every interval while the page is visible', async () => {
    const { page } = fakePage()
    startDiskPolling(poll, page, 1_500)
    await vi.advanceTimersByTimeAsync(4_600)

    expect(polls).toBe(3)
  })

  it('asks nothing while the page is hidden, and at once when it is shown again', async () => {
    const { page, show } = fakePage()
    startDiskPolling(poll, page, 1_500)
    show(false)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(polls).toBe(0)

    show(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(polls).toBe(1)
    await vi.advanceTimersByTimeAsync(1_500)
    expect(polls).toBe(2)
  })

  it('stops asking, and stops listening to the page, once stopped', async () => {
    const { page, listeners } = fakePage()
    const stop = startDiskPolling(poll, page, 1_500)
    stop()
    await vi.advanceTimersByTimeAsync(10_000)

    expect([polls, listeners.size]).toEqual([0, 0])
  })
})
