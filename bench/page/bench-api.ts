import type { Label } from '../../src-main/core/labels/label'
import type { Span } from '../../src-main/core/spans/span'
import type { AppState } from '../../src-renderer/state/app-state'
import type { Commands } from '../../src-renderer/state/commands'
import type { Store } from '../../src-renderer/state/create-store'
import type { PaintProbe } from '../ui/paint-probe'
import type { MemoryClient } from './memory-client'

/** A span as a harness hands it over: UTF-16 offsets, end exclusive, a label by name. */
export interface BenchSpan {
  readonly id: string
  readonly start: number
  readonly end: number
  readonly label: string
}

/** The API every front end's bench page offers a harness (issue #7). */
export interface BenchApi {
  readonly name: string
  readonly version: string
  readonly supportsOverlap: true
  load(text: string, spans: readonly BenchSpan[]): Promise<void>
  addSpan(span: BenchSpan): Promise<void>
  count(): number
  visibleCount(): number
  scrollElement(): HTMLElement | null
  textRoot(): HTMLElement | null
  prepareMouseAdd(label: string): void
  waitMouseAdded(): Promise<number>
}

declare global {
  interface Window {
    bench?: BenchApi
  }
}

interface Parts {
  readonly store: Store<AppState>
  readonly commands: Commands
  readonly memory: MemoryClient
  readonly probe: PaintProbe
  readonly labels: readonly Label[]
  readonly version: string
}

const STAMP = '2026-01-01T00:00:00.000Z'

const twoFrames = (): Promise<void> =>
  new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))

/**
 * `window.bench` over the real app: a load is a document served to the real open path,
 * an added span goes through the annotate commands a key press runs, a mouse selection is
 * the app's own and is labelled the way the palette labels it.
 */
export function createBenchApi(parts: Parts): BenchApi {
  const { store, commands, memory, probe } = parts
  let loads = 0
  let mouseLabel: string | null = null
  let mouseAdded: Promise<number> | null = null

  const labelId = (name: string): string => {
    const label = parts.labels.find((candidate) => candidate.name === name || candidate.id === name)
    if (!label) throw new Error(`bench: no label named ${name}`)
    return label.id
  }

  const mounted = (start: number, end: number): boolean =>
    [...(probe.view()?.querySelectorAll('[data-start]') ?? [])].some((block) => {
      const from = Number(block.getAttribute('data-start'))
      return from < end && start < from + (block.firstChild?.textContent?.length ?? 0)
    })

  // The span the last labelling made is the selected one (the app selects what it creates).
  const paintedAfterCreate = async (): Promise<number> => {
    const doc = store.get().doc
    const span = doc?.spans.find((candidate) => candidate.id === store.get().selectedSpanId)
    if (!span || !mounted(span.start, span.end)) {
      await twoFrames()
      return performance.now()
    }
    return probe.whenPainted(() => probe.paintedIds().has(span.id))
  }

  // A mouse selection lands in the store through the app's own mouseup handling.
  store.subscribe(() => {
    const selection = store.get().selection
    if (mouseLabel === null || selection === null) return
    const label = mouseLabel
    mouseLabel = null
    mouseAdded = new Promise((resolve) =>
      queueMicrotask(() => {
        commands.annotate.createSpan(label)
        resolve(paintedAfterCreate())
      }),
    )
  })

  return {
    name: 'Gloss',
    version: parts.version,
    supportsOverlap: true,

    async load(text, spans) {
      loads++
      const id = loads.toString(16).padStart(16, '0')
      const title = `Bench document ${loads}`
      memory.setDocument({
        entry: {
          id,
          title,
          sourceName: 'bench.txt',
          sha256: '0'.repeat(64),
          length: text.length,
          added: STAMP,
        },
        text,
        annotations: {
          version: 1,
          docId: id,
          annotator: 'bench',
          status: 'in-progress',
          updatedAt: STAMP,
          spans: spans.map((span): Span => ({
            id: span.id,
            start: span.start,
            end: span.end,
            label: labelId(span.label),
            text: text.slice(span.start, span.end),
            createdAt: STAMP,
            updatedAt: STAMP,
          })),
        },
      })
      probe.setSpans(spans)
      await commands.documents.refreshDocuments()
      await commands.documents.openDocument(id)
      await probe.whenPainted(
        () =>
          probe.view()?.getAttribute('aria-label') === `Text of ${title}` &&
          (spans.length === 0 || probe.allOnScreenPainted()),
      )
    },

    async addSpan(span) {
      commands.annotate.setSelection({ start: span.start, end: span.end, exact: true })
      commands.annotate.createSpan(labelId(span.label))
      await paintedAfterCreate()
    },

    count: () => store.get().doc?.spans.length ?? 0,
    visibleCount: () => probe.paintedIds().size,
    scrollElement: () => probe.view(),
    textRoot: () => probe.view()?.querySelector<HTMLElement>('.text-sizer') ?? null,

    prepareMouseAdd(label) {
      mouseLabel = labelId(label)
      mouseAdded = null
    },

    async waitMouseAdded() {
      while (mouseAdded === null) await twoFrames()
      return mouseAdded
    },
  }
}
