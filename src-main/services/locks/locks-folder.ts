import { ensureGitignored } from '../project/project-gitignore'
import { makeFolder } from '../project/folders'
import { GLOSS_WORK_FOLDER, locksFolder } from './lock-paths'

const prepared = new Set<string>()

/** Makes `<project>/.gloss/locks` (and lists `.gloss/` in the project's `.gitignore`) once. */
export async function prepareLocksFolder(root: string): Promise<void> {
  if (prepared.has(root)) return
  await makeFolder(locksFolder(root))
  await ensureGitignored(root, `${GLOSS_WORK_FOLDER}/`)
  prepared.add(root)
}
