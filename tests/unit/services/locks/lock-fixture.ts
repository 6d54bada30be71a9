import { mkdir, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'

import type { LockHolder } from '../../../../src-main/services/locks/lock-holder'
import { tempDir } from '../../../integration/services/support/project-fixture'

/** A holder record as another program on this machine (or `host`) would write it. */
export const otherProgram = (overrides: Partial<LockHolder> = {}): LockHolder => ({
  program: 'Gloss browser host (npm run web)',
  // The test runner's parent: a process that is certainly running.
  pid: process.ppid,
  hostname: hostname(),
  startedAt: '2026-05-01T09:30:00.000Z',
  annotator: 'alice',
  token: 'other-token',
  ...overrides,
})

/** Writes `holder` to the lock file at `path`, last refreshed `ageMs` ago. */
export async function writeLock(path: string, holder: LockHolder | string, ageMs = 0) {
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, typeof holder === 'string' ? holder : JSON.stringify(holder))
  const at = new Date(Date.now() - ageMs)
  await utimes(path, at, at)
}

/** A fresh project-like folder and the path of a lock inside it. */
export async function lockPlace(name = 'alice.lock') {
  const root = await tempDir()
  const path = join(root, '.gloss', 'locks', name)
  await mkdir(join(path, '..'), { recursive: true })
  return { root, path }
}
