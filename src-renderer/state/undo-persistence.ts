import { changeSetInput } from '@contract/as-input'
import type { Span } from '@core/spans/span'
import { keptUndoSteps, spansFingerprint } from '@core/spans/undo-history'

import type { AppState, History } from './app-state'
import type { CommandContext } from './context'
import type { SaveQueue } from './save-queue'

// Long enough that a burst of edits is kept once, short enough that a crash soon after an
// edit rarely loses its undo step.
const SAVE_DELAY_MS = 750

/** A document's history as it stood after an edit, with the spans it left. */
interface Pending {
  readonly history: History
  readonly spans: readonly Span[]
}

export interface UndoPersistenceOptions {
  /** Runs `work` once the edits have paused; the default waits `SAVE_DELAY_MS`. */
  readonly debounce?: (work: () => void) => void
}

export interface UndoPersistence {
  /** Keeps every history changed since the last save now, once the edits are on disk. */
  readonly flush: () => Promise<void>
  /** Resolves once the kept history of the document opened last has been looked up. */
  readonly restored: () => Promise<void>
  /** Stops following the store. */
  readonly stop: () => void
}

const defaultDebounce = (): ((work: () => void) => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined
  return (work) => {
    clearTimeout(timer)
    timer = setTimeout(work, SAVE_DELAY_MS)
  }
}

/**
 * Keeps each document's undo history with the host (in the app's data folder), so a reload
 * or a crash does not take Ctrl+Z away. It follows the store: a changed history is sent once
 * the edits pause and every edit is saved (then the spans it ends on are the file's); a
 * document opened with no history in memory gets the kept one back when it was recorded on
 * exactly the spans just read. Nothing here runs per keystroke: only an edit, undo or redo
 * changes a history. A failed call changes nothing: the in-memory history still works, and
 * the next edit tries again.
 */
export function createUndoPersistence(
  ctx: CommandContext,
  saves: SaveQueue,
  options: UndoPersistenceOptions = {},
): UndoPersistence {
  const { store, client } = ctx
  const debounce = options.debounce ?? defaultDebounce()
  const pending = new Map<string, Pending>()
  let seen: AppState = store.get()
  // A history put back from the host is not an edit: it must not be sent back.
  let restoring = false
  let lastRestore: Promise<void> = Promise.resolve()

  const send = async (): Promise<void> => {
    await saves.idle()
    // A failed save: the histories would claim edits the file does not have.
    if (!saves.settled() || pending.size === 0) return
    const batch = [...pending]
    pending.clear()
    await Promise.all(
      batch.map(([docId, { history, spans }]) => {
        const kept = keptUndoSteps(history)
        return client.saveUndoHistory({
          docId,
          fingerprint: spansFingerprint(spans),
          undo: kept.undo.map(changeSetInput),
          redo: kept.redo.map(changeSetInput),
        })
      }),
    )
  }

  // One send at a time: two in flight could reach the host in the wrong order.
  let sending: Promise<void> = Promise.resolve()
  const flush = (): Promise<void> => {
    // A host that is gone (a reload, a restart) must not stop later sends.
    sending = sending.then(send).catch(() => undefined)
    return sending
  }

  const restore = async (docId: string, spans: readonly Span[]): Promise<void> => {
    const kept = await client.getUndoHistory({ docId, fingerprint: spansFingerprint(spans) })
    if (!kept.ok || kept.value === null) return
    const stacks = kept.value
    restoring = true
    try {
      store.update((state) =>
        // Only onto the spans it was asked for, and never over steps taken meanwhile.
        state.doc?.entry.id !== docId || state.doc.spans !== spans || state.histories[docId]
          ? state
          : { ...state, histories: { ...state.histories, [docId]: stacks } },
      )
    } finally {
      restoring = false
    }
  }

  const onChange = (): void => {
    const state = store.get()
    const before = seen
    seen = state
    const doc = state.doc
    if (doc === null || restoring) return
    const docId = doc.entry.id
    const history = state.histories[docId]
    if (before.doc?.entry.id !== docId || before.doc.entry !== doc.entry) {
      if (history === undefined) lastRestore = restore(docId, doc.spans).catch(() => undefined)
      return
    }
    if (history !== undefined && history !== before.histories[docId]) {
      pending.set(docId, { history, spans: doc.spans })
      debounce(() => void flush())
    }
  }

  const stop = store.subscribe(onChange)
  return { flush, restored: () => lastRestore, stop }
}
