import { execFileSync } from 'node:child_process'
import { mkdir, open, rm } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, type TestContext } from 'vitest'

const mounted: string[] = []
afterEach(() => {
  for (const dir of mounted.splice(0)) execFileSync('umount', [dir])
})

/**
 * A tmpfs of `size` (e.g. `64k`) mounted in `root`, unmounted after the test. Needs root
 * (mount); the test is skipped, saying why, where that is not allowed.
 */
export async function smallVolume(
  context: TestContext,
  root: string,
  size: string,
): Promise<string> {
  const dir = join(root, 'volume')
  await mkdir(dir)
  if (process.getuid?.() !== 0) context.skip('mounting a small tmpfs needs root')
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' })
  } catch (error) {
    context.skip(`mount is not permitted here (${String(error)})`)
  }
  mounted.push(dir)
  return dir
}

/** Fills the volume holding `dir` to the last byte with a ballast file; returns its path. */
export async function fillVolume(dir: string): Promise<string> {
  const ballast = join(dir, 'ballast')
  const handle = await open(ballast, 'w')
  const chunk = Buffer.alloc(4096, 1)
  try {
    for (let size = chunk.length; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        const { bytesWritten } = await handle
          .write(chunk, 0, size)
          .catch(() => ({ bytesWritten: 0 }))
        if (bytesWritten < size) break
      }
    }
  } finally {
    await handle.close()
  }
  return ballast
}

/** Frees the volume again. */
export const emptyVolume = (ballast: string) => rm(ballast)
