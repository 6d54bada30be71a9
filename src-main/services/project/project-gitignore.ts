import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { writeFileAtomic } from '../storage/atomic-write'

const HEADER =
  "# Gloss's own working files (locks, broken files moved aside): never part of the project's history"

/**
 * Makes sure the project's `.gitignore` lists each of `entries` (a project is often a git
 * repository, DESIGN.md §3): writes the file when there is none, adds the lines missing.
 * Best effort: a project on a read-only drive has nothing of Gloss's to ignore anyway.
 */
export async function ensureGitignored(root: string, entries: readonly string[]): Promise<void> {
  const file = join(root, '.gitignore')
  let current: string | null
  try {
    current = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return
    current = null
  }
  const bare = (line: string): string => line.trim().replace(/^\//u, '').replace(/\/$/u, '')
  const listed = new Set((current ?? '').split(/\r?\n/u).map(bare))
  const missing = entries.filter((entry) => !listed.has(bare(entry)))
  if (missing.length === 0) return
  const before =
    current === null ? '' : current.endsWith('\n') || current === '' ? current : `${current}\n`
  await writeFileAtomic(file, `${before}${HEADER}\n${missing.join('\n')}\n`).catch(() => undefined)
}
