import { access } from 'node:fs/promises'
import { join } from 'node:path'

import type { GitRunner } from './git-runner'

/** The merge driver's name in `.gitattributes` and the repository's config. */
export const MERGE_DRIVER = 'gloss-json'

/** The files and folders of a project that travel (DESIGN.md §3); nothing else is committed. */
export const PROJECT_PATHS = [
  '.gitignore',
  '.gitattributes',
  'gloss.json',
  'guidelines.md',
  'documents',
  'annotations',
  'comments',
] as const

/** What git must never carry: Gloss's own working files, temp files of atomic writes. */
export const NEVER_SHARED = ['.gloss/', '*.corrupt-*', '.*.tmp', '.DS_Store', 'Thumbs.db']

/**
 * What `.gitattributes` must say. Offsets are positions in the exact characters of each
 * text (DESIGN.md §4): git must never turn LF into CRLF on a Windows colleague's checkout,
 * so no file is "text" to git. The shared JSON files merge as data through Gloss's merge
 * driver where one is registered (a `git pull` by hand); elsewhere git merges them as text.
 */
export const GIT_ATTRIBUTE_LINES = [
  '* -text',
  `gloss.json merge=${MERGE_DRIVER}`,
  `documents/index.json merge=${MERGE_DRIVER}`,
]

export const GIT_ATTRIBUTES_HEADER =
  '# Gloss: exact characters (no line-ending changes); shared JSON merged as data'

export const REMOTE = 'origin'

/** Whether something is at `path` (a file or a folder). */
export const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  )

/** Whether `root` is the top of a git work tree (a project inside another repo is not). */
export async function isRepositoryRoot(root: string): Promise<boolean> {
  return exists(join(root, '.git'))
}

export async function remoteUrl(git: GitRunner, root: string): Promise<string | null> {
  const out = await git(root, ['remote', 'get-url', REMOTE], { allow: [2, 128] })
  return out.code === 0 ? out.stdout.trim() : null
}

/** The branch checked out (`main` for a project Gloss made a repository). */
export async function currentBranch(git: GitRunner, root: string): Promise<string> {
  const out = await git(root, ['symbolic-ref', '--short', '-q', 'HEAD'], { allow: [1] })
  return out.code === 0 ? out.stdout.trim() : 'main'
}

/** The commit `ref` names, or `null` (an unborn branch, a remote branch not fetched yet). */
export async function commitOf(git: GitRunner, root: string, ref: string): Promise<string | null> {
  const out = await git(root, ['rev-parse', '--verify', '-q', `${ref}^{commit}`], {
    allow: [1, 128],
  })
  return out.code === 0 ? out.stdout.trim() : null
}

export async function mergeBase(
  git: GitRunner,
  root: string,
  a: string,
  b: string,
): Promise<string | null> {
  const out = await git(root, ['merge-base', a, b], { allow: [1] })
  return out.code === 0 ? out.stdout.trim() : null
}

/** Commits `a` has that `b` lacks, and the other way round. */
export async function aheadBehind(
  git: GitRunner,
  root: string,
  a: string,
  b: string,
): Promise<{ readonly ahead: number; readonly behind: number }> {
  const out = await git(root, ['rev-list', '--left-right', '--count', `${a}...${b}`])
  const [ahead, behind] = out.stdout.trim().split(/\s+/u).map(Number)
  return { ahead: ahead ?? 0, behind: behind ?? 0 }
}

/** Paths that differ between two commits (`null`: the empty tree, for unrelated histories). */
export async function changedPaths(
  git: GitRunner,
  root: string,
  from: string | null,
  to: string,
): Promise<Set<string>> {
  const args =
    from === null
      ? ['ls-tree', '-r', '-z', '--name-only', to]
      : ['diff', '--name-only', '-z', '--no-renames', from, to]
  const out = await git(root, args)
  return new Set(out.stdout.split('\0').filter((path) => path !== ''))
}

/** The project paths that exist or are tracked: `git add` refuses a pathspec matching neither. */
export async function projectPathspecs(git: GitRunner, root: string): Promise<string[]> {
  const tracked = await git(root, ['ls-files', '-z', '--', ...PROJECT_PATHS])
  const trackedTop = new Set(tracked.stdout.split('\0').map((path) => path.split('/')[0]))
  const present = await Promise.all(PROJECT_PATHS.map((path) => exists(join(root, path))))
  return PROJECT_PATHS.filter((path, index) => present[index] === true || trackedTop.has(path))
}
