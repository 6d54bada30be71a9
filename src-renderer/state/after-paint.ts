// A window that is hidden gets no animation frames; a save must not wait for it to be shown.
const FALLBACK_MS = 100

/**
 * Runs `work` once the frame now being prepared has been drawn (or after a short wait where
 * no frame comes), so that work nobody sees (sending a save) does not delay what they see.
 */
export function afterPaint(work: () => void): void {
  let done = false
  const once = (): void => {
    if (done) return
    done = true
    work()
  }
  const timer = setTimeout(once, FALLBACK_MS)
  if (typeof requestAnimationFrame !== 'function') return
  requestAnimationFrame(() =>
    setTimeout(() => {
      clearTimeout(timer)
      once()
    }, 0),
  )
}

/**
 * Runs `work` when the window is idle (after what is on screen has been drawn), or after
 * `timeoutMs` at the latest. Returns a function that cancels it.
 */
export function whenIdle(work: () => void, timeoutMs = 500): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 0)
    return () => clearTimeout(timer)
  }
  const handle = requestIdleCallback(work, { timeout: timeoutMs })
  return () => cancelIdleCallback(handle)
}
