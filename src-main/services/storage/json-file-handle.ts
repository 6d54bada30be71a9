import { Low } from 'lowdb'

import { AtomicJsonAdapter, type Edited, type EditLogPolicy } from './atomic-json-adapter'

import type { CacheBudget } from './cache-budget'
import { editLogPath } from './edit-log'
import { hasLog, lookState, stateBytes, type FileState } from './file-state'
import { appendEdit, removeLog, writeWhole } from './file-writes'
import type { JsonKind } from './json-kind'
import { activeWriteJournal, runWithWriteJournal, type WriteJournal } from './write-journal'

/**
 * The one handle on one JSON file (and its edit log). Reads and writes of the path run one
 * after another; what was read is kept while the file's stamp vouches for it.
 */
export class QueuedJsonFile<T, E> {
  readonly #adapter: AtomicJsonAdapter<T>
  readonly #low: Low<T | null>
  readonly #logPath: string
  #state: FileState<T> | null = null
  #tail: Promise<unknown> = Promise.resolve()
  #idle: NodeJS.Timeout | null = null

  constructor(
    readonly path: string,
    readonly kind: JsonKind<T, E>,
    private readonly budget: CacheBudget,
    private readonly policy: EditLogPolicy,
  ) {
    this.#adapter = new AtomicJsonAdapter(path)
    this.#low = new Low<T | null>(this.#adapter, null)
    this.#logPath = editLogPath(path)
  }

  forget(): void {
    this.#state = null
  }

  read(): Promise<T | null> {
    return this.#queued(async () => {
      const state = await this.#look()
      const journal = activeWriteJournal()
      journal?.noteRead(this.path, state.basePrint)
      if (this.kind.edits !== undefined) journal?.noteRead(this.#logPath, state.logPrint)
      return state.value
    })
  }

  update(change: (current: T | null) => T): Promise<T> {
    return this.#queued(async () => {
      // From disk (when the stamp says it changed): a colleague's sync or a hand edit may
      // have changed the file, and a file that no longer parses stops the write. Not noted
      // as read: the journal compares it with what the session knew before.
      const state = await this.#look()
      return this.#writeWhole(state, change(state.value))
    })
  }

  edit(make: (current: T | null) => Edited<T, E>): Promise<T> {
    return this.#queued(async () => {
      const state = await this.#look()
      const { edit, next } = make(state.value)
      const logs =
        this.kind.edits !== undefined &&
        state.baseValue !== null &&
        state.baseBytes >= this.policy.fromBytes
      // Printed only when it may be logged: the first save of a book's 20,000 spans is 5 MB.
      const line = logs ? `${JSON.stringify(edit)}\n` : ''
      if (!logs || line.length > this.policy.maxEditBytes) return this.#writeWhole(state, next)
      return this.#append(state, line, edit, next)
    })
  }

  /** Writes the logged edits into the file and removes the log; nothing when there is none. */
  fold(): Promise<void> {
    return this.#queued(async () => {
      this.#stopIdleTimer()
      const state = await this.#look()
      if (!hasLog(state) || state.value === null) return
      await this.#fold(state)
    })
  }

  #queued<R>(work: () => Promise<R>): Promise<R> {
    const result = this.#tail.then(work, work)
    this.#tail = result.catch(() => undefined)
    return result
  }

  async #look(): Promise<FileState<T>> {
    return this.#keep(await lookState(this.path, this.kind, this.#state))
  }

  #keep(state: FileState<T>): FileState<T> {
    this.#state = state
    this.budget.use(this, stateBytes(state))
    return state
  }

  async #writeWhole(state: FileState<T>, next: T): Promise<T> {
    let current = state
    if (hasLog(current)) {
      // Fold first: a crash between writing `next` and removing the log would replay the
      // log over `next` and undo what `next` changed in the logged spans.
      if (current.value !== null && current.value !== current.baseValue) {
        current = await this.#writeBase(current, current.value)
      }
      current = await this.#removeLog(current)
    }
    await this.#writeBase(current, next)
    return next
  }

  async #fold(state: FileState<T>): Promise<void> {
    const nothingLogged = (state.parsedLog?.edits.length ?? 0) === 0
    const written = nothingLogged ? state : await this.#writeBase(state, state.value as T)
    await this.#removeLog(written)
  }

  async #writeBase(state: FileState<T>, next: T): Promise<FileState<T>> {
    return this.#kept(writeWhole(this.path, this.#low, this.#adapter, state, next))
  }

  async #removeLog(state: FileState<T>): Promise<FileState<T>> {
    return this.#kept(removeLog(this.path, state))
  }

  async #append(state: FileState<T>, line: string, edit: E, next: T): Promise<T> {
    const journal = activeWriteJournal()
    const version = this.kind.edits?.version ?? 1
    const after = await this.#kept(
      appendEdit(this.path, version, state, { line, value: edit, next }),
    )
    const edits = after.parsedLog?.edits.length ?? 0
    if (edits >= this.policy.foldEdits || after.logText.length >= this.policy.foldBytes) {
      this.#foldSoon(journal, 0)
    } else if (this.policy.idleMs > 0) {
      this.#foldSoon(journal, this.policy.idleMs)
    }
    return next
  }

  // After a failed write nothing is known of the file: the next use looks again.
  async #kept(step: Promise<FileState<T>>): Promise<FileState<T>> {
    try {
      return this.#keep(await step)
    } catch (error) {
      this.#state = null
      throw error
    }
  }

  // Folding runs after the edit that asked for it has been acknowledged, in the session that
  // made the edit (so its watch knows the rewrite for its own); a failure leaves the log.
  #foldSoon(journal: WriteJournal | undefined, delay: number): void {
    this.#stopIdleTimer()
    const run = (): void => {
      this.#idle = null
      const fold = (): Promise<void> => this.fold()
      void (journal ? runWithWriteJournal(journal, fold) : fold()).catch(() => undefined)
    }
    if (delay === 0) {
      run()
      return
    }
    this.#idle = setTimeout(run, delay)
    this.#idle.unref()
  }

  #stopIdleTimer(): void {
    if (this.#idle !== null) clearTimeout(this.#idle)
    this.#idle = null
  }

  /** Whether edits wait in the log (as far as this handle knows). */
  get pending(): boolean {
    return this.#state !== null && hasLog(this.#state)
  }
}
