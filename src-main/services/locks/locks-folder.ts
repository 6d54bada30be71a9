import { ensureGitignored } from '../project/project-gitignore'
import { makeFolder } from '../project/folders'
import { GLOSS_WORK_FOLDER, locksFolder } from './lock-paths'

const prepared = new Set<string>()

/**
 * Makes `<project>/.gloss/locks` once, and lists `.gloss/` and the broken files Gloss moves
 * aside (`*.corrupt-<time>`) in the project's `.gitignore`.
 */
export async function prepareLocksFolder(root: string): Promise<void> {
  if (prepared.has(root)) return
  await makeFolder(locksFolder(root))
  await ensureGitignored(root, [`${GLOSS_WORK_FOLDER}/`, '*.corrupt-*'])
  prepared.add(root)
}
