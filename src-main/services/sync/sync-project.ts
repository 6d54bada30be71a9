import { readFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'

import { GlossFailure } from '../../core/failure'
import { machineLabel } from '../../core/sync/machine-name'
import { NO_CHANGES, type SyncSummary } from '../../core/sync/sync-summary'
import { ensureGitignored } from '../project/project-gitignore'
import type { ProjectStore } from '../project/project-store'
import { withSharedFilesLock } from '../locks/shared-files-lock'
import { writeFileAtomic } from '../storage/atomic-write'
import { changesBetween } from './changes-between'
import { commitLocal, identityArgs } from './commit-local'
import {
  commitOf,
  currentBranch,
  GIT_ATTRIBUTE_LINES,
  GIT_ATTRIBUTES_HEADER,
  isRepositoryRoot,
  MERGE_DRIVER,
  NEVER_SHARED,
  REMOTE,
  remoteUrl,
} from './git-repo'
import { firstLine, GitCommandError, systemGit, type GitRunner } from './git-runner'
import { mergeGlossStarted, noteMergeEnded } from './merge-marker'
import { mergeRemote, type MergeOutcome } from './merge-remote'

export interface SyncOptions {
  /** The team remote; saved as the project's `origin`. Needed the first time only. */
  readonly remote?: string
  readonly git?: GitRunner
  /**
   * How git runs Gloss's merge driver on this machine (`'<node>' '<cli.js>' merge-json`;
   * git appends the files): given by the shell, which knows where its program is.
   */
  readonly mergeDriver?: string
  /** This machine's name in conflict layers and commit messages (default: `GLOSS_MACHINE`, else the host name). */
  readonly machine?: string
}

const NETWORK_MS = 60_000
/** A push the remote refused because it moved meanwhile is fetched, merged and tried again. */
const PUSH_TRIES = 3

/**
 * Syncs the project with its team remote: commits this machine's changes, fetches, merges
 * the team's work (layers never conflict; see merge-remote.ts), pushes. Makes the project a
 * git repository first when it is not one. Nothing local is ever lost: an unreachable
 * remote or a refused push leaves everything committed here for the next Sync.
 */
export async function syncProject(
  store: ProjectStore,
  options: SyncOptions = {},
): Promise<SyncSummary> {
  const git = options.git ?? systemGit
  const root = store.paths.root
  const machine = machineLabel(options.machine ?? process.env['GLOSS_MACHINE'] ?? hostname())
  await git(root, ['--version'])
  await prepareRepository(git, root, options.mergeDriver)
  const resumed = await undoInterruptedMerge(git, root)
  await refuseUnfinishedMerge(git, root)
  const remote = await setRemote(git, root, options.remote)
  const branch = await currentBranch(git, root)
  const identity = await identityArgs(git, root, machine)
  // Whole files travel more simply than files plus edit logs (both work: edit-log.ts).
  await store.files.foldAll()
  const committed = await commitLocal(git, root, machine, identity)
  const merged: MergeOutcome[] = []
  const before = await commitOf(git, root, 'HEAD')
  // What the team had when the push went through: what went out is what it lacked.
  let teamHad: string | null
  for (let attempt = 1; ; attempt++) {
    await fetch(git, root, remote)
    const target = await commitOf(git, root, `refs/remotes/${REMOTE}/${branch}`)
    teamHad = target
    if (target !== null) {
      merged.push(
        await mergeRemote(
          {
            git,
            root,
            machine,
            identity,
            asWriterOf: (layers, work) =>
              store.asWriterOf(layers, () =>
                withSharedFilesLock(root, 'documents/index.json', work),
              ),
          },
          target,
        ),
      )
    }
    if (await push(git, root, remote, branch)) break
    if (attempt === PUSH_TRIES) {
      throw new GlossFailure({
        code: 'conflict',
        message: `The team remote "${remote}" kept changing while Gloss synced (${PUSH_TRIES} tries).`,
        hint: 'Your work is committed on this machine and nothing was lost. Sync again in a moment.',
      })
    }
  }
  const after = await commitOf(git, root, 'HEAD')
  return {
    remote,
    branch,
    committed,
    incoming:
      before === null || after === null || before === after
        ? NO_CHANGES
        : withoutConflictLayers(await changesBetween(git, root, before, after), merged),
    outgoing: after === null ? NO_CHANGES : await changesBetween(git, root, teamHad, after),
    conflicts: merged.flatMap((outcome) => outcome.conflicts),
    clashes: merged.flatMap((outcome) => outcome.clashes),
    notes: [...resumed, ...merged.flatMap((outcome) => outcome.notes)],
    pushed: true,
  }
}

/** A conflict layer this sync made is this machine's work set aside, not something that came in. */
function withoutConflictLayers(
  changes: SyncSummary['incoming'],
  merged: readonly MergeOutcome[],
): SyncSummary['incoming'] {
  const made = new Set(
    merged.flatMap((outcome) => outcome.conflicts.map((conflict) => conflict.keptAs)),
  )
  return { ...changes, people: changes.people.filter((change) => !made.has(change.person)) }
}

/**
 * `git init` when needed; `.gitignore` and `.gitattributes` always as Gloss needs them; and,
 * when the shell says how to run it, Gloss's merge driver for the shared JSON files
 * registered in this repository (a machine's own config: it names this machine's program).
 */
export async function prepareRepository(
  git: GitRunner,
  root: string,
  mergeDriver?: string,
): Promise<void> {
  if (!(await isRepositoryRoot(root))) await git(root, ['init', '-q', '--initial-branch=main'])
  await ensureGitignored(root, NEVER_SHARED)
  const attributes = join(root, '.gitattributes')
  const current = await readFile(attributes, 'utf8').catch(() => null)
  const have = new Set((current ?? '').split(/\r?\n/u).map((line) => line.trim()))
  const missing = GIT_ATTRIBUTE_LINES.filter((line) => !have.has(line))
  if (missing.length > 0) {
    const before =
      current === null || current === '' ? '' : current.endsWith('\n') ? current : `${current}\n`
    await writeFileAtomic(attributes, `${before}${GIT_ATTRIBUTES_HEADER}\n${missing.join('\n')}\n`)
  }
  if (mergeDriver !== undefined) {
    await git(root, [
      'config',
      `merge.${MERGE_DRIVER}.name`,
      'Gloss: shared JSON files merged as data',
    ])
    await git(root, ['config', `merge.${MERGE_DRIVER}.driver`, `${mergeDriver} %O %A %B %P`])
  }
}

/**
 * A merge of Gloss's own that a crash cut short is undone (this machine's work is in the
 * commit made before it), and this sync merges again. Says so in a note.
 */
async function undoInterruptedMerge(git: GitRunner, root: string): Promise<string[]> {
  const noted = await mergeGlossStarted(root)
  if (noted === null) return []
  const merging = await commitOf(git, root, 'MERGE_HEAD')
  if (merging !== null && merging === noted) {
    await git(root, ['merge', '--abort'])
    await noteMergeEnded(root)
    return ['An earlier sync was cut short while merging; it was undone and the merge done again.']
  }
  // A note left without its merge (the crash came after the commit): nothing to undo.
  if (merging === null) await noteMergeEnded(root)
  return []
}

/** A merge someone began by hand (`git pull` with conflicts) is theirs to finish, not Gloss's. */
async function refuseUnfinishedMerge(git: GitRunner, root: string): Promise<void> {
  const unmerged = await git(root, ['ls-files', '--unmerged', '-z'])
  const merging = await commitOf(git, root, 'MERGE_HEAD')
  if (unmerged.stdout === '' && merging === null) return
  const paths = [
    ...new Set(
      unmerged.stdout
        .split('\0')
        .filter((entry) => entry !== '')
        .map((entry) => entry.split('\t')[1] ?? entry),
    ),
  ]
  throw new GlossFailure({
    code: 'conflict',
    message: `The project's git repository is in the middle of a merge started outside Gloss${paths.length > 0 ? ` (unresolved: ${paths.join(', ')})` : ''}.`,
    hint: `Finish it with git (resolve, then commit) or undo it with "git merge --abort" in ${root}, then Sync again. Files with conflict markers are never loaded as data.`,
    file: root,
  })
}

async function setRemote(git: GitRunner, root: string, given: string | undefined): Promise<string> {
  const current = await remoteUrl(git, root)
  const wanted = given?.trim()
  if (wanted === undefined || wanted === '') {
    if (current !== null) return current
    throw new GlossFailure({
      code: 'invalid-input',
      message: 'This project has no team remote yet.',
      hint: 'Set one in Share → Team sync… (or `gloss sync <project> --remote URL`): a path to a bare git repository on a shared drive, or a file://, ssh:// or https:// URL.',
    })
  }
  if (current === null) await git(root, ['remote', 'add', REMOTE, wanted])
  else if (current !== wanted) await git(root, ['remote', 'set-url', REMOTE, wanted])
  return wanted
}

function unreachable(remote: string, error: GitCommandError): GlossFailure {
  return new GlossFailure({
    code: 'unreachable',
    message: `Could not reach the team remote "${remote}": ${firstLine(error.output.stderr)}`,
    hint: 'Your work is committed on this machine and nothing was lost. Check the path or network, then Sync again.',
  })
}

async function fetch(git: GitRunner, root: string, remote: string): Promise<void> {
  try {
    await git(root, ['fetch', '-q', '--prune', REMOTE], { timeoutMs: NETWORK_MS })
  } catch (error) {
    if (error instanceof GitCommandError) throw unreachable(remote, error)
    throw error
  }
}

/** `true` when pushed (or nothing to push), `false` when the remote moved meanwhile. */
async function push(
  git: GitRunner,
  root: string,
  remote: string,
  branch: string,
): Promise<boolean> {
  if ((await commitOf(git, root, 'HEAD')) === null) return true
  try {
    await git(root, ['push', '-q', '-u', REMOTE, `HEAD:refs/heads/${branch}`], {
      timeoutMs: NETWORK_MS,
    })
    return true
  } catch (error) {
    if (!(error instanceof GitCommandError)) throw error
    const said = error.output.stderr
    if (
      /\[rejected\]|non-fast-forward|fetch first|\[remote rejected\].*(lock|failed to update)/u.test(
        said,
      )
    ) {
      return false
    }
    throw unreachable(remote, error)
  }
}
