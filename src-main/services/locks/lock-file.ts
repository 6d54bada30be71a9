import { readFileSync, unlinkSync } from 'node:fs'
import { link, open, readFile, stat, unlink, utimes } from 'node:fs/promises'
import { hostname } from 'node:os'

import { tempNameFor } from '../storage/atomic-write'
import { lockHolderSchema, type LockHolder } from './lock-holder'
import { processStartOf, type ProcessStart } from './process-start'
import { isProcessAlive, staleReason, type SeenLock, type StaleRules } from './stale-lock'

export interface LockOptions {
  /** A lock not refreshed for this long is stale, on any machine. */
  readonly staleAfterMs: number
  /** How often a held lock's modification time is refreshed (0: never; short-held locks). */
  readonly heartbeatMs: number
  /** For tests: which pids count as running, when they started, and this machine's name. */
  readonly isAlive?: (pid: number) => boolean
  readonly startOf?: (pid: number) => ProcessStart | null
  readonly hostname?: string
}

/** A lock this process holds. */
export interface HeldLock {
  readonly path: string
  readonly holder: LockHolder
  /** Whether another process has taken the lock over (seen at a refresh). */
  readonly lost: boolean
  /** Removes the lock file, if it is still this holder's. */
  release(): Promise<void>
  /** Touches the file so others see it is alive; `false` once it is no longer ours. */
  refresh(): Promise<boolean>
}

export type TakeResult =
  | { readonly taken: true; readonly lock: HeldLock }
  | { readonly taken: false; readonly holder: LockHolder | null }

/**
 * Tries once to take the lock at `path` (its folder must exist): creates the file with
 * O_EXCL holding `holder`, so of two processes exactly one succeeds. A stale lock (see
 * `staleReason`) is removed and taken. Refused: the current holder (`null` while its record
 * is being written). File system failures (a read-only drive, say) are thrown as they are.
 */
export async function tryTakeLock(
  path: string,
  holder: LockHolder,
  options: LockOptions,
): Promise<TakeResult> {
  for (let attempt = 0; ; attempt++) {
    if (await createLockFile(path, holder))
      return { taken: true, lock: heldLock(path, holder, options) }
    const seen = await readLock(path)
    if (seen === null) continue // released meanwhile: try again
    const rules: StaleRules = {
      hostname: options.hostname ?? hostname(),
      staleAfterMs: options.staleAfterMs,
      isAlive: options.isAlive ?? isProcessAlive,
      startOf: options.startOf ?? processStartOf,
    }
    const stale = staleReason(seen, rules)
    // A lock that stays stale after a few takeovers is being fought over: say who has it.
    if (stale === null || attempt >= 3) return { taken: false, holder: seen.holder }
    await removeIfUnchanged(path, seen, holder, rules)
  }
}

async function createLockFile(path: string, holder: LockHolder): Promise<boolean> {
  // The record is written to a temp file and hard-linked to the lock's name: the lock appears
  // whole or not at all, so a process killed while taking it leaves no empty lock that others
  // must wait out. link() fails with EEXIST like an O_EXCL create.
  const temp = tempNameFor(path)
  try {
    await writeRecord(temp, 'wx', holder)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  try {
    await link(temp, path)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return false
    // A file system without hard links (some network shares, FAT): an O_EXCL create.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS')
      return createExclusive(path, holder)
    throw error
  } finally {
    await unlink(temp).catch(() => undefined)
  }
}

async function createExclusive(path: string, holder: LockHolder): Promise<boolean> {
  try {
    await writeRecord(path, 'wx', holder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    await unlink(path).catch(() => undefined)
    throw error
  }
  return true
}

/** Writes the holder record to `path` (opened with `flags`) and syncs it. */
async function writeRecord(path: string, flags: string, holder: LockHolder): Promise<void> {
  const handle = await open(path, flags)
  try {
    await handle.writeFile(`${JSON.stringify(holder, null, 2)}\n`, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
}

interface ReadLock extends SeenLock {
  readonly text: string
}

/** The lock file as it is now; `null` when there is none. */
export async function readLock(path: string): Promise<ReadLock | null> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)])
    return { text, holder: parseHolder(text), ageMs: Date.now() - info.mtimeMs }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const parsed = lockHolderSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

// Two processes may find the same stale lock. The takeover itself is guarded by a second
// O_EXCL file naming the taker, so only one of them removes it, and only if it still holds
// what was judged stale: never a lock another process took a moment ago.
async function removeIfUnchanged(
  path: string,
  seen: ReadLock,
  taker: LockHolder,
  rules: StaleRules,
): Promise<void> {
  const guard = `${path}.takeover`
  const held = await createLockFile(guard, { ...taker, token: 'takeover' }).catch(() => false)
  if (!held) {
    const other = await readLock(guard)
    // A guard left by a taker that crashed mid-takeover is judged like any lock: its
    // process gone (at once, on this machine), or never finished, or not refreshed.
    if (other !== null && staleReason(other, rules) !== null) {
      await unlink(guard).catch(() => undefined)
    }
    await new Promise((done) => setTimeout(done, 20))
    return
  }
  try {
    const now = await readLock(path)
    if (now !== null && now.text === seen.text) await unlink(path).catch(() => undefined)
  } finally {
    await unlink(guard).catch(() => undefined)
  }
}

// Locks still held when the process exits normally are removed (a crash leaves them stale).
const heldByThisProcess = new Set<{ readonly path: string; readonly token: string }>()
let exitHookInstalled = false

function releaseAllSync(): void {
  for (const held of heldByThisProcess) {
    try {
      if (parseHolder(readFileSync(held.path, 'utf8'))?.token === held.token) unlinkSync(held.path)
    } catch {
      // Gone already, or the drive went away: nothing to clean up.
    }
  }
  heldByThisProcess.clear()
}

function heldLock(path: string, holder: LockHolder, options: LockOptions): HeldLock {
  const entry = { path, token: holder.token }
  heldByThisProcess.add(entry)
  if (!exitHookInstalled) {
    process.once('exit', releaseAllSync)
    exitHookInstalled = true
  }
  let lost = false
  let timer: NodeJS.Timeout | null = null
  const forget = (): void => {
    heldByThisProcess.delete(entry)
    if (timer !== null) clearInterval(timer)
    timer = null
  }
  const ours = async (): Promise<boolean | null> => {
    const now = await readLock(path)
    return now === null ? false : now.holder?.token === holder.token
  }
  const lock: HeldLock = {
    path,
    holder,
    get lost() {
      return lost
    },
    async release() {
      forget()
      if (lost) return
      if ((await ours().catch(() => null)) === true) await unlink(path).catch(() => undefined)
    },
    async refresh() {
      if (lost) return false
      const mine = await ours().catch(() => null)
      // A read that failed (a network drive hiccup) proves nothing: try again next time.
      if (mine === null) return true
      if (!mine) {
        lost = true
        forget()
        return false
      }
      const now = new Date()
      await utimes(path, now, now).catch(() => undefined)
      return true
    },
  }
  if (options.heartbeatMs > 0) {
    timer = setInterval(() => void lock.refresh(), options.heartbeatMs)
    timer.unref()
  }
  return lock
}
