import {
  aheadBehind,
  commitOf,
  currentBranch,
  isRepositoryRoot,
  projectPathspecs,
  REMOTE,
  remoteUrl,
} from './git-repo'
import { systemGit, type GitRunner } from './git-runner'
import { GlossFailure } from '../../core/failure'
import type { SyncStatus } from '../../core/sync/sync-status'

/** The project's sync status, from git alone (no network: the last fetch's view of the team). */
export async function syncStatus(root: string, git: GitRunner = systemGit): Promise<SyncStatus> {
  try {
    await git(root, ['--version'])
  } catch (error) {
    if (error instanceof GlossFailure && error.code === 'unsupported') {
      return { gitFound: false, remote: null, branch: null, ahead: 0, behind: 0, unsynced: 0 }
    }
    throw error
  }
  if (!(await isRepositoryRoot(root))) {
    return { gitFound: true, remote: null, branch: null, ahead: 0, behind: 0, unsynced: 0 }
  }
  const [remote, branch] = await Promise.all([remoteUrl(git, root), currentBranch(git, root)])
  const status = await git(root, [
    'status',
    '--porcelain',
    '-z',
    '--untracked-files=all',
    '--',
    ...(await projectPathspecs(git, root)),
  ])
  const unsynced = status.stdout.split('\0').filter((entry) => /^.. /u.test(entry)).length
  const [head, team] = await Promise.all([
    commitOf(git, root, 'HEAD'),
    commitOf(git, root, `refs/remotes/${REMOTE}/${branch}`),
  ])
  const counts =
    head !== null && team !== null
      ? await aheadBehind(git, root, head, team)
      : {
          ahead:
            head === null
              ? 0
              : Number((await git(root, ['rev-list', '--count', 'HEAD'])).stdout.trim()),
          behind: 0,
        }
  return { gitFound: true, remote, branch, ...counts, unsynced }
}
