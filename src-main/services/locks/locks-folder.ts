import { ensureGitignored } from '../project/project-gitignore'
import { makeFolder } from '../project/folders'
import { sweepStaleTemps } from '../storage/temp-sweep'
import { GLOSS_WORK_FOLDER, locksFolder } from './lock-paths'

const prepared = new Set<string>()

/**
 * Makes `<project>/.gloss/locks` once, and lists `.gloss/` and the broken files Gloss moves
 * aside (`*.corrupt-<time>`) in the project's `.gitignore`; sweeps what a crash left there.
 */
export async function prepareLocksFolder(root: string): Promise<void> {
  if (prepared.has(root)) return
  await makeFolder(locksFolder(root))
  await ensureGitignored(root, [`${GLOSS_WORK_FOLDER}/`, '*.corrupt-*'])
  // A lock record's temp file that a crash left before it was linked to the lock's name.
  await sweepStaleTemps([locksFolder(root)])
  prepared.add(root)
}
