/** What the poller needs to know of the page it runs in. */
export interface PollingPage {
  readonly visible: () => boolean
  /** Calls `listener` whenever the page is shown or hidden; returns what stops that. */
  readonly onVisibilityChange: (listener: () => void) => () => void
}

export const browserPage: PollingPage = {
  visible: () => document.visibilityState === 'visible',
  onVisibilityChange: (listener) => {
    document.addEventListener('visibilitychange', listener)
    return () => document.removeEventListener('visibilitychange', listener)
  },
}

export const POLL_EVERY_MS = 1_500

/**
 * Calls `poll` every `everyMs` while the page is visible (a hidden window asks nothing of
 * the disk) and at once when it is shown again. Returns what stops polling.
 */
export function startDiskPolling(
  poll: () => Promise<void>,
  page: PollingPage = browserPage,
  everyMs = POLL_EVERY_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  let stopped = false

  const cancel = (): void => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }
  const schedule = (): void => {
    if (stopped || timer !== null || !page.visible()) return
    timer = setTimeout(() => void tick(), everyMs)
  }
  async function tick(): Promise<void> {
    timer = null
    if (stopped || !page.visible()) return
    await poll()
    schedule()
  }

  const stopListening = page.onVisibilityChange(() => {
    cancel()
    if (page.visible()) void tick()
  })
  schedule()
  return () => {
    stopped = true
    cancel()
    stopListening()
  }
}
