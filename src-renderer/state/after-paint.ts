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
