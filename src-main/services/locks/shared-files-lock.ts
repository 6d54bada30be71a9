import { writeFailure } from '../storage/io-failure'
import { readLock, tryTakeLock, type LockOptions } from './lock-file'
import { thisProcessHolder } from './lock-holder'
import { sharedFilesLockPath } from './lock-paths'
import { sharedFilesTimeout } from './lock-refusal'
import { prepareLocksFolder } from './locks-folder'

/** Held for one read-modify-write (milliseconds); stale after a minute without a refresh. */
export const SHARED_FILES_LOCK: LockOptions = { staleAfterMs: 60_000, heartbeatMs: 5_000 }

export interface SharedFilesOptions {
  /** Give up waiting for another program after this long (default 10 s). */
  readonly timeoutMs?: number
  readonly lock?: LockOptions
}

// One queue per project in this process: its own writers wait here, not by polling the file.
const queues = new Map<string, Promise<unknown>>()

/**
 * Runs `work` (a read-modify-write of `file`, one of the files every writer of the project
 * shares: `gloss.json`, `documents/index.json`) while holding the project's shared-files
 * lock, so two programs never interleave their updates and neither loses the other's
 * entries. Waits for another holder with backoff; after `timeoutMs` a `conflict` failure
 * names the holder and nothing is written.
 */
export function withSharedFilesLock<R>(
  root: string,
  file: string,
  work: () => Promise<R>,
  options: SharedFilesOptions = {},
): Promise<R> {
  const previous = queues.get(root) ?? Promise.resolve()
  const run = previous.catch(() => undefined).then(() => underLock(root, file, work, options))
  const settled = run.catch(() => undefined)
  queues.set(root, settled)
  void settled.then(() => queues.get(root) === settled && queues.delete(root))
  return run
}

async function underLock<R>(
  root: string,
  file: string,
  work: () => Promise<R>,
  options: SharedFilesOptions,
): Promise<R> {
  const path = sharedFilesLockPath(root)
  const timeoutMs = options.timeoutMs ?? 10_000
  const lockOptions = options.lock ?? SHARED_FILES_LOCK
  const started = Date.now()
  let lock
  try {
    await prepareLocksFolder(root)
    for (let attempt = 0; ; attempt++) {
      const result = await tryTakeLock(path, thisProcessHolder(), lockOptions)
      if (result.taken) {
        lock = result.lock
        break
      }
      const waited = Date.now() - started
      if (waited >= timeoutMs) {
        const holder = result.holder ?? (await readLock(path))?.holder ?? null
        throw sharedFilesTimeout(file, holder, waited, path)
      }
      // 2, 4, 8 … 64 ms, jittered so two waiting programs do not keep colliding.
      const backoff = 2 ** Math.min(attempt + 1, 6)
      await new Promise((done) => setTimeout(done, backoff / 2 + Math.random() * backoff))
    }
  } catch (error) {
    throw writeFailure(path, error)
  }
  try {
    return await work()
  } finally {
    await lock.release()
  }
}
