import { describeChanges } from '../../core/sync/sync-summary'
import { changesBetween } from './changes-between'
import { commitOf, projectPathspecs } from './git-repo'
import type { GitRunner } from './git-runner'

/** Who a commit is by, when the machine's git has no `user.name` / `user.email` of its own. */
export async function identityArgs(
  git: GitRunner,
  root: string,
  machine: string,
): Promise<string[]> {
  const name = await git(root, ['config', 'user.name'], { allow: [1] })
  const email = await git(root, ['config', 'user.email'], { allow: [1] })
  return [
    ...(name.stdout.trim() === '' ? ['-c', `user.name=Gloss on ${machine}`] : []),
    ...(email.stdout.trim() === '' ? ['-c', `user.email=gloss@${machine}`] : []),
  ]
}

/**
 * Commits what changed in the project's own files (PROJECT_PATHS; nothing else a person
 * keeps in the folder) with a message that says it in words. Returns the message, or `null`
 * when there was nothing to commit.
 */
export async function commitLocal(
  git: GitRunner,
  root: string,
  machine: string,
  identity: readonly string[],
): Promise<string | null> {
  await git(root, ['add', '-A', '--', ...(await projectPathspecs(git, root))])
  const staged = await git(root, ['diff', '--cached', '--quiet'], { allow: [1] })
  if (staged.code === 0) return null
  const head = await commitOf(git, root, 'HEAD')
  const changes = await changesBetween(git, root, head, 'staged')
  const message = `Gloss on ${machine}: ${describeChanges(changes)}`
  await git(root, [
    ...identity,
    'commit',
    '-q',
    '--no-verify',
    '-m',
    message,
    '-m',
    `Gloss-Machine: ${machine}`,
  ])
  return message
}
