import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { writeFileAtomic } from '../storage/atomic-write'

const HEADER = "# Gloss's own working files (locks): never part of the project's history"

/**
 * Makes sure the project's `.gitignore` lists `entry` (a project is often a git repository,
 * DESIGN.md §3): writes the file when there is none, adds the line when it is missing.
 * Best effort: a project on a read-only drive has nothing of Gloss's to ignore anyway.
 */
export async function ensureGitignored(root: string, entry: string): Promise<void> {
  const file = join(root, '.gitignore')
  let current: string | null
  try {
    current = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return
    current = null
  }
  const bare = entry.replace(/\/$/u, '')
  const listed = (current ?? '')
    .split(/\r?\n/u)
    .map((line) => line.trim().replace(/^\//u, '').replace(/\/$/u, ''))
    .includes(bare)
  if (listed) return
  const before =
    current === null ? '' : current.endsWith('\n') || current === '' ? current : `${current}\n`
  await writeFileAtomic(file, `${before}${HEADER}\n${entry}\n`).catch(() => undefined)
}
