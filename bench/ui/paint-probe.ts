/** A span as the probe knows it: where it is, nothing else. */
export interface ProbeSpan {
  readonly id: string
  readonly start: number
  readonly end: number
}

/** What happened last, as `performance.now()` in the page, stamped before the app sees it. */
export interface ProbeMarks {
  click: number
  keydown: number
  mouseup: number
}

/**
 * Reads what the text view has painted, from the outside: the highlight boxes
 * (`data-testid="highlight"` with `data-span-id`) and the CSS highlights Gloss registers, the
 * mounted text blocks (`data-start`) and the side panel. Used in the real app (injected before
 * it loads) and by the bench page, so both are measured against the same idea of "painted".
 */
export interface PaintProbe {
  /** The spans the document is known to hold (sorted here by start). */
  setSpans(spans: readonly ProbeSpan[]): void
  readonly marks: ProbeMarks
  view(): HTMLElement | null
  /** The ids of the spans painted in the mounted part of the text. */
  paintedIds(): Set<string>
  /** The known spans that reach into a block on screen. */
  expectedOnScreen(): string[]
  /** Whether every known span that reaches into a block on screen is painted. */
  allOnScreenPainted(): boolean
  /** The painted id no known span has (a span just added), if any. */
  newPaintedId(): string | null
  /** The label a painted span shows, from its highlight (`null` when it is not painted). */
  paintedLabel(id: string): string | null
  /** The legend's count for a label name, and the span list's header count. */
  legendCount(labelName: string): number | null
  spanListCount(): number | null
  /** Resolves with `performance.now()` two frames after `check` first holds (painted). */
  whenPainted(check: () => boolean, timeoutMs?: number): Promise<number>
  /**
   * `whenPainted` started now and kept in `pending`: arm it before the harness acts (a click,
   * a key), then await `pending`, so the time taken to reach the page is not counted.
   */
  arm(check: () => boolean, timeoutMs?: number): void
  pending: Promise<number> | null
  /** When the last response from an address containing `part` ended (`null`: none since `forget`). */
  answeredAt(part: string): number | null
  /** Forgets the responses seen so far (the browser keeps only a few hundred). */
  forgetResponses(): void
  /** Starts recording frame lengths (rAF to rAF); `stopFrames` returns the longest, in ms. */
  startFrames(): void
  stopFrames(): number
}

declare global {
  interface Window {
    glossProbe?: PaintProbe
  }
}

/**
 * Installs `window.glossProbe`. Self-contained (no imports, no outer names) so that the
 * harness can inject its source text into a page with `addInitScript`.
 */
export function installPaintProbe(): void {
  let spans: ProbeSpan[] = []
  let known = new Set<string>()
  let longest = 0
  const marks: ProbeMarks = { click: 0, keydown: 0, mouseup: 0 }
  let frames: { running: boolean; last: number; worst: number } | null = null

  for (const type of ['click', 'keydown', 'mouseup'] as const) {
    window.addEventListener(type, () => (marks[type] = performance.now()), { capture: true })
  }

  const view = (): HTMLElement | null => document.querySelector('[data-testid="text-view"]')

  const paintedIds = (): Set<string> => {
    const ids = new Set<string>()
    const root = view()
    if (!root) return ids
    for (const box of root.querySelectorAll('[data-testid="highlight"]')) {
      const id = box.getAttribute('data-span-id')
      if (id !== null) ids.add(id)
    }
    return ids
  }

  const blocksOnScreen = (): { start: number; end: number }[] => {
    const root = view()
    if (!root) return []
    const frame = root.getBoundingClientRect()
    const found: { start: number; end: number }[] = []
    for (const block of root.querySelectorAll('[data-start]')) {
      const rect = block.getBoundingClientRect()
      if (rect.bottom <= frame.top || rect.top >= frame.bottom) continue
      const start = Number(block.getAttribute('data-start'))
      found.push({ start, end: start + (block.firstChild?.textContent?.length ?? 0) })
    }
    return found
  }

  const firstReaching = (offset: number): number => {
    let low = 0
    let high = spans.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((spans[mid] as ProbeSpan).start < offset - longest) low = mid + 1
      else high = mid
    }
    return low
  }

  const expectedOnScreen = (): string[] => {
    const ids: string[] = []
    for (const block of blocksOnScreen()) {
      for (let i = firstReaching(block.start); i < spans.length; i++) {
        const span = spans[i] as ProbeSpan
        if (span.start >= block.end) break
        if (span.end > block.start && span.end > span.start) ids.push(span.id)
      }
    }
    return ids
  }

  const text = (selector: string): string | null =>
    document.querySelector(selector)?.textContent ?? null

  const probe: PaintProbe = {
    marks,
    setSpans(list) {
      spans = [...list].sort((a, b) => a.start - b.start)
      known = new Set(list.map((span) => span.id))
      longest = spans.reduce((max, span) => Math.max(max, span.end - span.start), 0)
    },
    view,
    paintedIds,
    expectedOnScreen,
    allOnScreenPainted() {
      const painted = paintedIds()
      return blocksOnScreen().length > 0 && expectedOnScreen().every((id) => painted.has(id))
    },
    newPaintedId() {
      for (const id of paintedIds()) if (!known.has(id)) return id
      return null
    },
    paintedLabel(id) {
      const box = view()?.querySelector(
        `[data-testid="highlight"][data-span-id="${CSS.escape(id)}"]`,
      )
      return box?.getAttribute('data-label') ?? null
    },
    legendCount(labelName) {
      for (const item of document.querySelectorAll('.legend li')) {
        if (item.querySelector('.legend-name')?.textContent !== labelName) continue
        return Number(item.querySelector('.legend-count')?.textContent)
      }
      return null
    },
    spanListCount() {
      const count = text('.side-panel .panel-grow h3 .count')
      return count === null ? null : Number(count)
    },
    whenPainted(check, timeoutMs = 30_000) {
      const until = performance.now() + timeoutMs
      return new Promise((resolve, reject) => {
        // Checked in a frame callback: what holds there is drawn in that frame, and the next
        // frame's callback runs once it has been drawn.
        const look = (): void => {
          if (check()) {
            requestAnimationFrame(() => resolve(performance.now()))
            return
          }
          if (performance.now() > until) reject(new Error('not painted in time'))
          else requestAnimationFrame(look)
        }
        requestAnimationFrame(look)
      })
    },
    answeredAt(part) {
      const entries = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes(part)) as PerformanceResourceTiming[]
      return entries.at(-1)?.responseEnd ?? null
    },
    forgetResponses() {
      performance.clearResourceTimings()
    },
    pending: null,
    arm(check, timeoutMs) {
      probe.pending = probe.whenPainted(check, timeoutMs)
    },
    startFrames() {
      const state = { running: true, last: performance.now(), worst: 0 }
      frames = state
      const tick = (now: number): void => {
        if (!state.running) return
        state.worst = Math.max(state.worst, now - state.last)
        state.last = now
        requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    },
    stopFrames() {
      if (!frames) return 0
      frames.running = false
      const worst = Math.max(frames.worst, performance.now() - frames.last)
      frames = null
      return worst
    },
  }
  window.glossProbe = probe
}
