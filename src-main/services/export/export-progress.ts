/** How far the running exports have got, for `exportProgress`. */
export interface ExportProgress {
  /** Starts tracking one export of `total` documents; call `finish` when it ends. */
  start(total: number): ExportTracker
  /** Documents read so far over all running exports, or `null` when none runs. */
  current(): { readonly done: number; readonly total: number } | null
}

export interface ExportTracker {
  /** One more document read. */
  advance(): void
  /** The export ended (done or failed); it no longer counts. */
  finish(): void
}

/** A progress register shared by one host's handlers. */
export function createExportProgress(): ExportProgress {
  const running = new Set<{ done: number; total: number }>()
  return {
    start(total) {
      const state = { done: 0, total }
      running.add(state)
      return {
        advance: () => void (state.done = Math.min(state.done + 1, state.total)),
        finish: () => void running.delete(state),
      }
    },
    current() {
      if (running.size === 0) return null
      let done = 0
      let total = 0
      // Two windows exporting at once share one bar rather than fight over it.
      for (const state of running) {
        done += state.done
        total += state.total
      }
      return { done, total }
    },
  }
}
