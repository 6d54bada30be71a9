import { changeSetInput } from '@contract/as-input'
import type { GlossError, Result } from '@core/result'
import type { DocumentStatus, SpanChangeSet } from '@core/spans/span'

import { afterPaint } from './after-paint'
import type { AppState } from './app-state'
import type { CommandContext } from './context'
import { createSaveRetry } from './save-retry'

/** One save: sends itself, and on success does what the answer asks; else the error. */
type PendingSave = () => Promise<GlossError | null>

export interface SaveQueue {
  /** Saves the change set after every earlier one, in order. */
  readonly enqueue: (docId: string, changes: SpanChangeSet) => void
  /** Saves the document's status, in the same order as the span edits around it. */
  readonly enqueueStatus: (docId: string, status: DocumentStatus) => void
  /**
   * The document's file as the analyst's edits start from it (its `updatedAt`, from opening
   * it): each save names it, and the host refuses one made on a version no longer on disk.
   */
  readonly setBase: (docId: string, updatedAt: string) => void
  /** Drops the failed save and those behind it: their edits were saved another way. */
  readonly discard: () => void
  /** Any other save (e.g. a gold edit), in the same order as the span edits around it. */
  readonly enqueueSave: <T>(send: () => Promise<Result<T>>, onSaved: (value: T) => void) => void
  /**
   * Sends the failed change set (and those queued behind it) again now. A failure that may
   * pass by itself (a full disk, the host out of reach) is also retried without being asked,
   * after a wait that grows with each failure (save-retry.ts).
   */
  readonly retry: () => void
  /** Resolves when nothing is waiting to be saved, or when a save failed. */
  readonly idle: () => Promise<void>
  /** Whether every edit made so far is on disk: nothing waiting, nothing failed. */
  readonly settled: () => boolean
}

const showSaving = (state: AppState): AppState =>
  state.save.kind === 'saving' ? state : { ...state, save: { kind: 'saving' } }

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
 * edits depend on it) until it is retried; the edits stay on screen meanwhile.
 */
export function createSaveQueue(ctx: CommandContext): SaveQueue {
  const pending: PendingSave[] = []
  let running = false
  let scheduled = false
  let failed = false
  let waiters: (() => void)[] = []
  const autoRetry = createSaveRetry()

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
      ctx.store.update(showSaving)
      const error = await next()
      if (error !== null) {
        failed = true
        const text = error.hint ? `${error.message} ${error.hint}` : error.message
        const save = { kind: 'failed' as const, message: text }
        const retrying = autoRetry.after(error, retry)
        ctx.store.update((state) => ({
          ...state,
          save: error.code === 'changed-on-disk' ? { ...save, code: error.code } : save,
          saveRetrying: retrying,
        }))
        break
      }
      autoRetry.succeeded()
      pending.shift()
    }
    running = false
    if (!failed) {
      ctx.store.update((state) => ({ ...state, save: { kind: 'saved' }, saveRetrying: false }))
    }
    settle()
  }

  const enqueueSave = <T>(send: () => Promise<Result<T>>, onSaved: (value: T) => void): void => {
    pending.push(async () => {
      const result = await send()
      if (!result.ok) return result.error
      onSaved(result.value)
      return null
    })
    // The edit is on screen already; the request goes out once that frame is drawn.
    if (!failed) ctx.store.update(showSaving)
    if (!scheduled) {
      scheduled = true
      afterPaint(() => {
        scheduled = false
        void run()
      })
    }
  }

  const bases = new Map<string, string>()
  // The base is read when the save goes out: the save before it moved it.
  const baseOf = (docId: string): { base?: string } => {
    const base = bases.get(docId)
    return base === undefined ? {} : { base }
  }
  const saved = (docId: string) => (result: { updatedAt: string; status: DocumentStatus }) => {
    bases.set(docId, result.updatedAt)
    ctx.store.update((state) => withSaveResult(state, docId, result.status))
  }
  // A file changed on disk under the edit: the document's notice asks which version to keep.
  const noticed =
    <T>(docId: string, send: () => Promise<Result<T>>) =>
    async (): Promise<Result<T>> => {
      const result = await send()
      if (!result.ok && result.error.code === 'changed-on-disk') {
        ctx.store.update((state) => ({ ...state, changedOnDisk: docId }))
      }
      return result
    }

  const retry = (): void => {
    autoRetry.cancel()
    failed = false
    void run()
  }

  return {
    enqueue: (docId, changes) =>
      enqueueSave(
        noticed(docId, () =>
          ctx.client.applySpanChanges({
            docId,
            changes: changeSetInput(changes),
            ...baseOf(docId),
          }),
        ),
        saved(docId),
      ),
    enqueueStatus: (docId, status) =>
      enqueueSave(
        noticed(docId, () => ctx.client.setDocumentStatus({ docId, status, ...baseOf(docId) })),
        saved(docId),
      ),
    setBase: (docId, updatedAt) => bases.set(docId, updatedAt),
    discard: () => {
      if (running) return
      autoRetry.cancel()
      pending.length = 0
      failed = false
      ctx.store.update((state) => ({ ...state, save: { kind: 'saved' }, saveRetrying: false }))
      settle()
    },
    enqueueSave,
    retry,
    idle: () =>
      running || (pending.length > 0 && !failed)
        ? new Promise<void>((resolve) => waiters.push(resolve))
        : Promise.resolve(),
    settled: () => !running && !failed && pending.length === 0,
  }
}
