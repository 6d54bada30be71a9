import { mkdir, readdir, rm } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

import { GlossFailure } from '../../core/failure'
import { commitOf, exists, REMOTE } from './git-repo'
import { firstLine, GitCommandError, systemGit, type GitRunner } from './git-runner'
import { prepareRepository } from './sync-project'

export interface JoinOptions {
  readonly git?: GitRunner
  /** How git runs Gloss's merge driver here (see `SyncOptions.mergeDriver`). */
  readonly mergeDriver?: string
}

/** Whether `folder` is missing or empty: the only places a clone may go. */
export async function isFree(folder: string): Promise<boolean> {
  try {
    return (await readdir(folder)).length === 0
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true
    throw error
  }
}

/**
 * A colleague joins a team: clones the team remote into `folder` (missing or empty) and
 * checks that it holds a Gloss project. A clone that is not one is removed again and the
 * folder is left as it was. Returns the project folder (absolute).
 */
export async function joinTeamProject(
  folder: string,
  remote: string,
  options: JoinOptions = {},
): Promise<string> {
  const git = options.git ?? systemGit
  const target = resolve(folder)
  if (!(await isFree(target))) {
    throw new GlossFailure({
      code: 'invalid-input',
      message: `"${target}" is not empty: a team project is cloned into a new or empty folder.`,
      hint: 'Choose a new folder name. To sync a project you already have, open it and use Share → Team sync….',
      file: target,
    })
  }
  const parent = dirname(target)
  await mkdir(parent, { recursive: true })
  await git(parent, ['--version'])
  const existed = await exists(target)
  try {
    await git(parent, ['clone', '-q', '--origin', REMOTE, remote, target], { timeoutMs: 120_000 })
  } catch (error) {
    if (!(error instanceof GitCommandError)) throw error
    await removeClone(target, existed)
    throw new GlossFailure({
      code: 'unreachable',
      message: `Could not clone the team remote "${remote}": ${firstLine(error.output.stderr)}`,
      hint: 'Check the path or URL (and that you may read it), then try again. Nothing was created.',
    })
  }
  await checkOutOnlyBranch(git, target)
  if (!(await exists(join(target, 'gloss.json')))) {
    await removeClone(target, existed)
    throw new GlossFailure({
      code: 'not-found',
      message: `The team remote "${remote}" holds no Gloss project yet (no gloss.json).`,
      hint: 'Someone on the team syncs their project to it first (Share → Team sync…), then join again.',
    })
  }
  await prepareRepository(git, target, options.mergeDriver)
  return target
}

// A bare repository made with `git init --bare` may point HEAD at a branch nobody pushed
// (`master` while Gloss pushes `main`): the clone then checks nothing out.
async function checkOutOnlyBranch(git: GitRunner, root: string): Promise<void> {
  if ((await commitOf(git, root, 'HEAD')) !== null) return
  const out = await git(root, [
    'for-each-ref',
    '--format=%(refname:strip=3)',
    `refs/remotes/${REMOTE}/`,
  ])
  const branches = out.stdout.split('\n').filter((name) => name !== '' && name !== 'HEAD')
  const branch = branches.includes('main') ? 'main' : branches[0]
  if (branch === undefined) return
  await git(root, ['checkout', '-q', '-B', branch, '--track', `${REMOTE}/${branch}`])
}

async function removeClone(target: string, existed: boolean): Promise<void> {
  if (existed) {
    for (const entry of await readdir(target))
      await rm(join(target, entry), { recursive: true, force: true })
  } else {
    await rm(target, { recursive: true, force: true })
  }
}
