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

// A look at the team is a background courtesy: it must never hold the button up for long.
const LOOK_MS = 20_000

/**
 * The project's sync status, from git: `lookAtTeam` first fetches the team's commits (no
 * work-tree change; an unreachable remote just leaves the last view), so ↓ can say that
 * colleagues have sent something; without it, no network at all.
 */
export async function syncStatus(
  root: string,
  options: { readonly lookAtTeam?: boolean } = {},
  git: GitRunner = systemGit,
): Promise<SyncStatus> {
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
  if (remote !== null && options.lookAtTeam === true) {
    await git(root, ['fetch', '-q', REMOTE], { timeoutMs: LOOK_MS }).catch(() => undefined)
  }
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
