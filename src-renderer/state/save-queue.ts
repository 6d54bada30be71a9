import type { SpanChangeSet } from '@core/spans/span'

import type { AppState } from './app-state'
import type { CommandContext } from './context'

interface PendingSave {
  readonly docId: string
  readonly changes: SpanChangeSet
}

export interface SaveQueue {
  /** Saves the change set after every earlier one, in order. */
  readonly enqueue: (docId: string, changes: SpanChangeSet) => void
  /** Sends the failed change set (and those queued behind it) again. */
  readonly retry: () => void
  /** Resolves when nothing is waiting to be saved, or when a save failed. */
  readonly idle: () => Promise<void>
  /** Whether every edit made so far is on disk: nothing waiting, nothing failed. */
  readonly settled: () => boolean
}

const withSaveResult = (
  state: AppState,
  docId: string,
  status: AppState['documents'][number]['status'],
): AppState => ({
  ...state,
  doc: state.doc && state.doc.entry.id === docId ? { ...state.doc, status } : state.doc,
  documents: state.documents.map((item) => (item.id === docId ? { ...item, status } : item)),
})

/**
 * Edits are applied to the UI at once and saved here one after the other, so the file on
 * disk sees them in the order the analyst made them. A failed save stops the queue (later
 * edits depend on it) until the analyst retries.
 */
export function createSaveQueue(ctx: CommandContext): SaveQueue {
  const pending: PendingSave[] = []
  let running = false
  let failed = false
  let waiters: (() => void)[] = []

  const settle = (): void => {
    const done = waiters
    waiters = []
    for (const resolve of done) resolve()
  }

  const run = async (): Promise<void> => {
    if (running || failed) return
    running = true
    while (pending.length > 0) {
      const next = pending[0] as PendingSave
      ctx.store.update((state) => ({ ...state, save: { kind: 'saving' } }))
      const { created, updated, deleted } = next.changes
      const result = await ctx.client.applySpanChanges({
        docId: next.docId,
        changes: { created: [...created], updated: [...updated], deleted: [...deleted] },
      })
      if (!result.ok) {
        failed = true
        const { message, hint } = result.error
        const text = hint ? `${message} ${hint}` : message
        ctx.store.update((state) => ({ ...state, save: { kind: 'failed', message: text } }))
        break
      }
      pending.shift()
      ctx.store.update((state) => withSaveResult(state, next.docId, result.value.status))
    }
    running = false
    if (!failed) ctx.store.update((state) => ({ ...state, save: { kind: 'saved' } }))
    settle()
  }

  return {
    enqueue: (docId, changes) => {
      pending.push({ docId, changes })
      void run()
    },
    retry: () => {
      failed = false
      void run()
    },
    idle: () =>
      running ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve(),
    settled: () => !running && !failed && pending.length === 0,
  }
}
