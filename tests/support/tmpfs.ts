import { execFileSync } from 'node:child_process'
import { open, rm } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Mounts a tmpfs of `size` (e.g. `64k`) on the folder `dir`. Needs root; returns why not
 * when it cannot (the caller skips, saying so), null once mounted.
 */
export function mountTmpfs(dir: string, size: string): string | null {
  if (process.getuid?.() !== 0) return 'mounting a small tmpfs needs root'
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' })
    return null
  } catch (error) {
    return `mount is not permitted here (${String(error)})`
  }
}

export const unmount = (dir: string): void => void execFileSync('umount', [dir])

/** Fills the volume holding `dir` to the last byte with a ballast file; returns its path. */
export async function fillVolume(dir: string): Promise<string> {
  const ballast = join(dir, 'ballast')
  const handle = await open(ballast, 'w')
  const chunk = Buffer.alloc(4096, 1)
  try {
    for (let size = chunk.length; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        const written = await handle.write(chunk, 0, size).catch(() => ({ bytesWritten: 0 }))
        if (written.bytesWritten < size) break
      }
    }
  } finally {
    await handle.close()
  }
  return ballast
}

/** Frees the volume again. */
export const emptyVolume = (ballast: string) => rm(ballast)
